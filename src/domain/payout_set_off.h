// Set-off (modregning, issue 21): a family's open repayment claims are repaid
// from its a-conto, at most the policy's share of what the month pays it (the
// a-conto lines not held back), a negative set_off line per child. Nothing is
// set off from a family paid nothing, and never more than is open.
#pragma once

#include <vector>

#include "domain/payout.h"

namespace hjt {

void add_set_offs(std::vector<PayoutLine>& lines, const FamilyPayoutBasis& family, const PayoutBasis& basis);

} // namespace hjt
