// The lost-earnings lines of a child in the monthly run (domain.md §8): the
// benefit and the pension of the child's awards for the run's month, and for
// every month of the year already paid, a correction of the same kind when the
// awards now give a different figure than was paid (a changed award).
#pragma once

#include <vector>

#include "domain/payout.h"

namespace hjt {

void add_lost_earnings(std::vector<PayoutLine>& out, const FamilyPayoutBasis& family, const ChildPlan& plan,
                       const PayoutBasis& basis);

} // namespace hjt
