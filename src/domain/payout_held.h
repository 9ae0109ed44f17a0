// Held back, not dropped (domain.md §4): a line that cannot be paid stays in
// the run, marked held back with its reason, and is owed to the family; the
// first run after the cause is fixed pays it with a line of its own that names
// the run it comes from. The held-back run itself is never rewritten.
#pragma once

#include <vector>

#include "domain/payout.h"

namespace hjt {

// Appends a line paying each of the family's owed lines that can be paid now,
// with one flag for the family naming the runs and the sum.
void release_owed(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags, const FamilyPayoutBasis& family,
                  const PayoutBasis& basis);

// Marks each line that cannot be paid as held back (payout_payees.h:
// hold_cause) and flags each cause once with the sum it holds back.
void hold_unpayable(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags, const FamilyPayoutBasis& family,
                    const PayoutBasis& basis);

} // namespace hjt
