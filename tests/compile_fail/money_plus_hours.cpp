// Money and hours do not add up: built with -DHJT_BREAK this file must be
// rejected by the compiler. Built without it (the control) it must compile, so
// the rejection comes from the marked line and not from anything else here.
#include "domain/units.h"

hjt::Money sum_of_wage_and_hours() {
    hjt::Money wage = hjt::Money::kroner(135);
    hjt::Hours worked = hjt::Hours::whole(60);
#ifdef HJT_BREAK
    return wage + worked;
#else
    (void)worked;
    return wage + wage;
#endif
}
