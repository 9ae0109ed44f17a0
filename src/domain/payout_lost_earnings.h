// The lost-earnings lines of a child in the monthly run (domain.md §8), for
// each of the child's awards: the benefit (gross, carrying the parent's
// withheld ATP, AM-bidrag and A-skat and the saved costs taken off the net)
// and the pension for the run's month, and for every month of the year already
// paid a correction of the same kind, naming the rules behind the month's
// figures, when the award now gives other figures than were paid.
// An award without the parent's normal weekly hours gets no lines at all and a
// `missing_normal_hours` flag (never paid on an assumed 37 hours). Whether the
// lines can be paid (the parent's account, the pension scheme) is decided
// afterwards for all lines alike (payout_held.h).
#pragma once

#include <vector>

#include "domain/payout.h"

namespace hjt {

void add_lost_earnings(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags,
                       const FamilyPayoutBasis& family, const ChildPlan& plan, const PayoutBasis& basis);

} // namespace hjt
