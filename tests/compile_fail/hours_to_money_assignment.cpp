// Hours are not money: neither assigning nor initialising one from the other
// compiles with -DHJT_BREAK. The control build assigns money to money.
#include "domain/units.h"

hjt::Money hours_as_money() {
    hjt::Money pay;
#ifdef HJT_BREAK
    pay = hjt::Hours::whole(7);
    hjt::Money also = hjt::Hours::whole(7);
    pay += also;
#else
    pay = hjt::Money::kroner(7);
#endif
    return pay;
}
