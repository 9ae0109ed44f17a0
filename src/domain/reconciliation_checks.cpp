#include "domain/reconciliation_checks.h"

#include <algorithm>

#include "domain/invariant.h"

namespace hjt {

void check_reconciliation(const ChildReconciliation& r) {
    check_invariant(r.eligible_before_cap == r.eligible_helper + r.eligible_expenses + r.eligible_fixed,
                    "eligible before the cap = helper + expenses + fixed");
    check_invariant(r.eligible == std::min(r.eligible_before_cap, r.year_cap) &&
                        r.capped == (r.eligible_before_cap > r.year_cap),
                    "eligible = min(eligible before the cap, the year cap)");
    check_invariant(r.balance == r.received.total() - r.eligible, "balance = received − eligible");
    using enum ReconciliationOutcome;
    const bool posts = r.outcome == repayment_claim || r.outcome == top_up;
    check_invariant(r.balance > Money() ? r.outcome == repayment_claim
                                        : r.balance < Money() ? r.outcome == top_up || r.outcome == top_up_not_paid
                                                              : r.outcome == zero,
                    "the outcome follows the sign of the balance");
    check_invariant(posts ? r.received.total() + r.settlement == r.eligible : r.settlement == Money(),
                    "the settlement ties out: received + settlement = eligible");
}

} // namespace hjt
