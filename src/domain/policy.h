// The municipality's own choices where the law leaves room (domain.md §4, §5,
// §7), read from config/policy.properties.
#pragma once

#include <map>

#include "domain/units.h"

namespace hjt {

struct Policy {
    // Subsidisable window for helper hours, minutes after midnight, Monday–Friday.
    int window_start_minute = 7 * 60;
    int window_end_minute = 16 * 60;
    // Days that are not statutory holidays but a municipality may treat as such.
    bool constitution_day_is_holiday = false;  // 5 June
    bool christmas_eve_is_holiday = false;     // 24 December
    bool new_years_eve_is_holiday = false;     // 31 December
    // Reconciliation: pool hours over the year (default) or month by month.
    bool pool_hours_over_year = true;
    // A negative balance (eligible > received) is paid out as a top-up.
    bool pay_top_ups = true;
    // Employer ATP, insurance and similar per helper hour, by year (domain.md §4).
    std::map<int, Money> employer_oncost_per_hour;

    // The on-cost for a year: the nearest earlier year's figure when the year has none.
    Money oncost_for(int year) const;
};

} // namespace hjt
