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

} // namespace hjt
