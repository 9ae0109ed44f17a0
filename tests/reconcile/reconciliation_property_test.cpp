// The reconciliation's identities over thousands of random children (seeded,
// no database): whatever the grant versions, hours, payments and cap,
// balance = received − eligible, eligible = min(parts, cap), month by month
// never allows more than pooling, the month rows add up to the totals, and
// reconciling the same input twice gives the same figures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "domain/reconciliation.h"
#include "payout/payout_domain_fixtures.h"

using namespace hjt;
using hjt::test::day;

namespace {

struct RandomChild {
    std::mt19937_64 engine;

    long long between(long long lo, long long hi) {
        return lo + static_cast<long long>(engine() % static_cast<std::uint64_t>(hi - lo + 1));
    }

    // One to three versions starting on random days of 2024, the first on 1 January.
    ChildPlan plan() {
        std::vector<GrantVersion> versions{test::version(day(2024, 1, 1), between(0, 4000), between(12000, 15000))};
        for (long long n = between(0, 2); n > 0; --n)
            versions.push_back(test::version(day(2024, static_cast<unsigned>(between(2, 12)), static_cast<unsigned>(between(1, 28))),
                                             between(0, 4000), between(12000, 15000)));
        std::sort(versions.begin(), versions.end(),
                  [](const GrantVersion& a, const GrantVersion& b) { return a.effective_from < b.effective_from; });
        return test::child(1, day(2012, 5, 17), Period{day(2024, 1, 1), day(2024, 12, 31)}, std::move(versions));
    }

    ChildReconciliationInput input() {
        ChildReconciliationInput in;
        in.family_id = 1;
        in.child_id = 1;
        in.year = 2024;
        in.months = planned_months(plan(), 2024, test::example_rates());
        for (auto& m : in.months) {
            const long long approved = m.approved_hours.rounded().hundredths();
            m.used_hours = Hours::hundredths(between(0, approved + approved / 3 + 500));
            m.paid = true;
        }
        in.received[LineKind::helper] = Money::ore(between(0, 20000000));
        in.received[LineKind::adjustment] = Money::ore(between(-500000, 500000));
        in.year_cap = Money::ore(between(1, 4) == 1 ? between(0, 10000000) : 70660000);
        in.pooling = between(0, 1) ? HourPooling::over_year : HourPooling::month_by_month;
        in.pay_top_ups = between(0, 1) == 1;
        return in;
    }
};

} // namespace

TEST_CASE("property: 2,000 random children: balance, cap, pooling and month sums hold", "[reconcile][property]") {
    RandomChild random{std::mt19937_64{20261124}};
    int capped = 0, claims = 0, top_ups = 0;
    for (int i = 0; i < 2000; ++i) {
        ChildReconciliationInput in = random.input();
        INFO("case " << i);
        const ChildReconciliation r = reconcile_child(in);
        CHECK(r.balance == r.received.total() - r.eligible);
        CHECK(r.eligible == std::min(r.eligible_helper + r.eligible_expenses + r.eligible_fixed, r.year_cap));
        CHECK(r.eligible_helper <= r.approved_cost);

        Money approved, used, month_by_month;
        for (const auto& m : r.months) {
            approved += m.approved_cost;
            used += m.used_cost;
            month_by_month += m.eligible_cost;
        }
        CHECK(approved == r.approved_cost);
        CHECK(used == r.used_cost);
        // Pooling lets unused hours of one month cover another's extra; it never allows less.
        in.pooling = HourPooling::month_by_month;
        const Money strict = reconcile_child(in).eligible_helper;
        in.pooling = HourPooling::over_year;
        CHECK(strict == month_by_month);
        CHECK(strict <= reconcile_child(in).eligible_helper);

        in.pooling = r.pooling;
        const ChildReconciliation again = reconcile_child(in);
        CHECK(again.balance == r.balance);
        CHECK(again.settlement == r.settlement);

        capped += r.capped;
        claims += r.outcome == ReconciliationOutcome::repayment_claim;
        top_ups += r.outcome == ReconciliationOutcome::top_up || r.outcome == ReconciliationOutcome::top_up_not_paid;
    }
    // Not vacuous: the random cases reach the cap, claims and top-ups.
    CHECK(capped > 0);
    CHECK(claims > 0);
    CHECK(top_ups > 0);
}
