// Money's arithmetic is checked even at compile time: a constant whose sum
// leaves int64 øre must not compile (the overflow check throws during constant
// evaluation). The control build adds two amounts that fit.
#include <cstdint>
#include <limits>

#include "domain/units.h"

#ifdef HJT_BREAK
constexpr hjt::Money kTooMuch = hjt::Money::ore(std::numeric_limits<std::int64_t>::max()) + hjt::Money::ore(1);
#else
constexpr hjt::Money kTooMuch = hjt::Money::ore(std::numeric_limits<std::int64_t>::max() - 1) + hjt::Money::ore(1);
#endif

std::int64_t too_much() { return kTooMuch.ore(); }
