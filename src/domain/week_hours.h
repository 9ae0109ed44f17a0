// A family's hours week by week against the weekly hours its children's
// grants give (issue 19: 39,5 t in one week against a grant of 12,5 t/uge
// must not pass unnoticed). Shifts name no child, so the family's week is
// held against the sum of its children's grants.
#pragma once

#include <vector>

#include "domain/payout.h"
#include "domain/shift_record.h"

namespace hjt {

struct WeekOverGrant {
    Date monday;
    Hours used;     // subsidisable hours of the shifts starting in the week
    Hours granted;  // the weekly hours in force (the most of any day of the week, summed over the children)
};

// Σ weekly_hours of the versions in force on `day`, over the children's grants.
Hours weekly_hours_granted(const std::vector<ChildPlan>& children, Date day);

// The weeks (by Monday, in order) whose hours exceed the weekly hours granted.
std::vector<WeekOverGrant> weeks_over_grant(const std::vector<ShiftRecord>& shifts,
                                            const std::vector<ChildPlan>& children);

} // namespace hjt
