// Kroner times kroner has no meaning: built with -DHJT_BREAK this file must be
// rejected. The control build (without it) multiplies money by a rate, the
// product that does exist, and must compile.
#include "domain/exact.h"

hjt::Money square_of_a_wage() {
    hjt::Money wage = hjt::Money::kroner(135);
#ifdef HJT_BREAK
    return wage * wage;
#else
    return (wage * hjt::Rate::basis_points(1250)).rounded();
#endif
}
