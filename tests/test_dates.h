// Dates and months written as numbers, for tests: ymd(2026, 2, 28), ym(2026, 2).
#pragma once

#include "domain/calendar.h"

namespace hjt::testing {

inline Date ymd(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }
inline Month ym(int y, unsigned m) { return Month{date::year{y}, date::month{m}}; }

} // namespace hjt::testing
