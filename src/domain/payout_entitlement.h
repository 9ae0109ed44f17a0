// What a child's grants are worth in one month by their current versions:
// the helper line and the fixed-amount line of domain.md §4, each exact until
// rounded once. Used for the run's own month and, to find adjustments, for
// every earlier month of the year already paid.
#pragma once

#include <optional>

#include "domain/payout.h"

namespace hjt {

struct MonthEntitlement {
    std::optional<PayoutLine> helper;  // absent when no version covers a day of the month
    std::optional<PayoutLine> fixed;   // absent when the covering versions have no fixed amounts

    Money total() const;
};

// Lines come back with amount == computed (the cap is applied later).
MonthEntitlement month_entitlement(Id family_id, const ChildPlan& plan, Month month, const PayoutRates& rates);

// A grant version in force during a month, cut to the grant's validity and the
// child's support age (the reconciliation counts approved hours by the same rule).
struct CoveredVersion {
    const GrantVersion* version;
    Fraction days;  // d/D of the month
};
std::vector<CoveredVersion> covered_versions(const ChildPlan& plan, Month month);

// hourly_cost = wage × (1 + holiday_pay_rate) + employer_oncost_per_hour, exact.
ExactMoney hourly_cost(const GrantVersion& version, const PayoutRates& rates);

// The helper line's formula (domain.md §4), once for the payout and the
// reconciliation: a version's approved hours in the month, weekly_hours ×
// 52/12 × d/D (a fraction over 12 × D), and what they cost at its hourly_cost.
ExactHours approved_hours(const CoveredVersion& covered);
ExactMoney helper_cost(const CoveredVersion& covered, const PayoutRates& rates);

} // namespace hjt
