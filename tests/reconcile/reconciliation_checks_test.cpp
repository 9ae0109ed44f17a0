// The equations every stored reconciliation satisfies (domain/reconciliation_checks.h):
// a hand-made one that satisfies them passes, and each broken equation fires.
#include <catch2/catch.hpp>

#include "domain/invariant.h"
#include "domain/reconciliation_checks.h"

using namespace hjt;

namespace {

// Helper 1.000 + expenses 200 + fixed 300 = 1.500 kr eligible (under the cap);
// 2.000 kr received: the family repays 500 kr.
ChildReconciliation repayment_of_500() {
    ChildReconciliation r;
    r.eligible_helper = Money::kroner(1000);
    r.eligible_expenses = Money::kroner(200);
    r.eligible_fixed = Money::kroner(300);
    r.eligible_before_cap = Money::kroner(1500);
    r.year_cap = Money::kroner(10000);
    r.eligible = Money::kroner(1500);
    r.received[LineKind::helper] = Money::kroner(1700);
    r.received[LineKind::fixed] = Money::kroner(300);
    r.balance = Money::kroner(500);
    r.outcome = ReconciliationOutcome::repayment_claim;
    r.settlement = Money::kroner(-500);
    return r;
}

void require_broken(const ChildReconciliation& r, const std::string& invariant) {
    try {
        check_reconciliation(r);
        FAIL("no invariant fired; expected: " << invariant);
    } catch (const InvariantBroken& e) {
        CHECK_THAT(e.what(), Catch::Contains(invariant));
    }
}

} // namespace

TEST_CASE("reconciliation checks: the equations hold for a repayment, a top-up and zero", "[reconcile][invariant]") {
    ChildReconciliation r = repayment_of_500();
    CHECK_NOTHROW(check_reconciliation(r));

    r.received[LineKind::helper] = Money::kroner(1000);  // 1.300 kr received: 200 kr top-up
    r.balance = Money::kroner(-200);
    r.outcome = ReconciliationOutcome::top_up;
    r.settlement = Money::kroner(200);
    CHECK_NOTHROW(check_reconciliation(r));
    r.outcome = ReconciliationOutcome::top_up_not_paid;
    r.settlement = Money();
    CHECK_NOTHROW(check_reconciliation(r));

    r.received[LineKind::helper] = Money::kroner(1200);
    r.balance = Money();
    r.outcome = ReconciliationOutcome::zero;
    CHECK_NOTHROW(check_reconciliation(r));
}

TEST_CASE("reconciliation checks: each broken equation fires", "[reconcile][invariant]") {
    ChildReconciliation r = repayment_of_500();
    r.eligible_fixed += Money::ore(1);
    require_broken(r, "eligible before the cap = helper + expenses + fixed");

    r = repayment_of_500();
    r.year_cap = Money::kroner(1000);  // the cap cuts, but eligible was not cut
    require_broken(r, "eligible = min(eligible before the cap, the year cap)");

    r = repayment_of_500();
    r.balance = Money::kroner(499);
    r.settlement = Money::kroner(-499);
    require_broken(r, "balance = received − eligible");

    r = repayment_of_500();
    r.outcome = ReconciliationOutcome::top_up;
    require_broken(r, "the outcome follows the sign of the balance");

    r = repayment_of_500();
    r.settlement = Money::kroner(500);  // the sign turned: paid out instead of claimed
    require_broken(r, "the settlement ties out");
}
