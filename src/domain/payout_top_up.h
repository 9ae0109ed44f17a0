// Top-ups (efterbetaling, issue 21): what a final reconciliation found the
// municipality owes the family for a child's year is paid by the next run as
// a top_up line of its own (month concerned December of the year), to the
// family's account like its a-conto; without an account it is held back and
// owed like any line (domain/payout_held.h), never dropped.
#pragma once

#include <vector>

#include "domain/payout.h"

namespace hjt {

void add_top_ups(std::vector<PayoutLine>& lines, const FamilyPayoutBasis& family);

} // namespace hjt
