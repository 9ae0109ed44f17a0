// The equations a child's reconciliation satisfies however it was computed
// (domain.md §7), checked before one is stored or its settlement posted:
//   eligible_before_cap = eligible_helper + eligible_expenses + eligible_fixed
//   eligible            = min(eligible_before_cap, year_cap), capped when cut
//   balance             = received − eligible
//   the outcome follows the sign of the balance, and the settlement ties out:
//   received + settlement = eligible when it is posted (repayment_claim,
//   top_up), settlement = 0 when nothing is (zero, top_up_not_paid).
#pragma once

#include "domain/reconciliation.h"

namespace hjt {

// InvariantBroken (domain/invariant.h) naming the first equation that fails.
void check_reconciliation(const ChildReconciliation& r);

} // namespace hjt
