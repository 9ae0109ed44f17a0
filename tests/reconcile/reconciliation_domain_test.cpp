// The reconciliation's formulas (domain.md §7) on hand-computed cases. The
// example grant: wage 128,00 kr, holiday pay 12,5 %, on-cost 6,00 kr/h, so
// hourly_cost = 128 × 1,125 + 6 = 150,00 kr; 15 h/week = 65 h a month
// (15 × 52 / 12), so a month's helper line is 65 × 150 = 9.750,00 kr.
#include <catch2/catch.hpp>

#include "domain/minutes.h"
#include "domain/payout_entitlement.h"
#include "domain/reconciliation.h"
#include "payout/payout_domain_fixtures.h"

using namespace hjt;
using hjt::test::day;
using hjt::test::month;

namespace {

constexpr long long kWage = 12800;  // øre: hourly_cost 150,00 kr with the example rates

ChildPlan whole_year_plan(std::vector<GrantVersion> versions) {
    return test::child(7, day(2015, 3, 1), Period{day(2024, 1, 1), day(2024, 12, 31)}, std::move(versions));
}

// A child's input for 2024 as the store would gather it: the plan's months,
// the given hours used each month, and received = the helper lines paid by plan.
ChildReconciliationInput input_for(const ChildPlan& plan, const std::vector<long long>& used_h100) {
    ChildReconciliationInput in;
    in.family_id = 1;
    in.child_id = plan.child.id;
    in.child_name = plan.child.name;
    in.year = 2024;
    in.months = planned_months(plan, 2024, test::example_rates());
    for (std::size_t m = 0; m < in.months.size(); ++m) {
        in.months[m].used_hours = Hours::hundredths(m < used_h100.size() ? used_h100[m] : 0);
        in.months[m].paid = true;
        if (auto helper = month_entitlement(1, plan, in.months[m].month, test::example_rates()).helper)
            in.received[LineKind::helper] += helper->amount;
        in.received[LineKind::fixed] += in.months[m].fixed;
    }
    in.year_cap = Money::kroner(706600);
    return in;
}

std::vector<long long> every_month(long long h100) { return std::vector<long long>(12, h100); }

} // namespace

TEST_CASE("a month's plan: 65 approved hours at exactly 150,00 kr, the helper line of the payout", "[reconcile]") {
    auto months = planned_months(whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage)}), 2024,
                                 test::example_rates());
    REQUIRE(months.size() == 12);
    for (const auto& m : months) {
        CHECK(m.approved_hours.rounded() == Hours::hundredths(6500));
        CHECK(m.hourly_cost.rounded() == Money::ore(15000));
    }
}

TEST_CASE("a family using exactly the approved hours owes 0", "[reconcile]") {
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage)});
    auto r = reconcile_child(input_for(plan, every_month(6500)));
    CHECK(r.approved_cost == Money::kroner(117000));
    CHECK(r.used_cost == Money::kroner(117000));
    CHECK(r.eligible_helper == Money::kroner(117000));
    CHECK(r.received.total() == Money::kroner(117000));
    CHECK(r.balance == Money());
    CHECK(r.outcome == ReconciliationOutcome::zero);
    CHECK(r.settlement == Money());
}

TEST_CASE("10 % unused hours owes exactly 10 % of the helper part", "[reconcile]") {
    // 58,50 h of 65 every month: used cost 8.775,00 a month, 105.300,00 a year.
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage)});
    auto r = reconcile_child(input_for(plan, every_month(5850)));
    CHECK(r.used_hours == Hours::hundredths(70200));
    CHECK(r.eligible_helper == Money::kroner(105300));
    CHECK(r.balance == Money::kroner(11700));  // 10 % of 117.000,00
    CHECK(r.outcome == ReconciliationOutcome::repayment_claim);
    CHECK(r.settlement == -Money::kroner(11700));  // the family owes it: a negative posting
}

TEST_CASE("pooled over the year and month by month differ when extra hours in one month cover another",
          "[reconcile]") {
    // January 75 h (10 over), February 55 h (10 under), the grant ends 29 February 2024.
    auto plan = test::child(7, day(2015, 3, 1), Period{day(2024, 1, 1), day(2024, 2, 29)},
                            {test::version(day(2024, 1, 1), 1500, kWage)});
    auto in = input_for(plan, {7500, 5500});
    CHECK(in.received[LineKind::helper] == Money::kroner(19500));

    in.pooling = HourPooling::over_year;
    auto pooled = reconcile_child(in);
    CHECK(pooled.eligible_helper == Money::kroner(19500));  // min(130 h, 130 h) × 150
    CHECK(pooled.balance == Money());

    in.pooling = HourPooling::month_by_month;
    auto monthly = reconcile_child(in);
    CHECK(monthly.months[0].eligible_cost == Money::kroner(9750));  // min(75, 65) × 150
    CHECK(monthly.months[1].eligible_cost == Money::kroner(8250));  // min(55, 65) × 150
    CHECK(monthly.eligible_helper == Money::kroner(18000));
    CHECK(monthly.balance == Money::kroner(1500));
    CHECK(monthly.outcome == ReconciliationOutcome::repayment_claim);
}

TEST_CASE("a grant version change mid-year: each month at its versions' hours and cost", "[reconcile]") {
    // From 16 July 30 h/week at 136,00 kr (hourly cost 136 × 1,125 + 6 = 159,00 kr).
    // July: 15/31 of 65 h at 150 + 16/31 of 130 h at 159: 3055/31 h = 98,55 h,
    // cost 47.697.000/31 øre = 15.386,13 kr; weighted hourly cost 156,13 kr.
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage),
                                 test::version(day(2024, 7, 16), 3000, 13600)});
    auto in = input_for(plan, {});
    for (int m = 0; m < 6; ++m) in.months[m].used_hours = Hours::hundredths(6500);
    in.months[6].used_hours = Hours::whole(100);  // 100 h at 733.800/47 øre/h = 15.612,77 kr
    for (int m = 7; m < 12; ++m) in.months[m].used_hours = Hours::hundredths(13000);
    auto r = reconcile_child(in);

    const auto& july = r.months[6];
    CHECK(july.approved_hours == Hours::hundredths(9855));
    CHECK(july.approved_cost == Money::ore(1538613));
    CHECK(july.approved_cost == month_entitlement(1, plan, month(2024, 7), test::example_rates()).helper->amount);
    CHECK(july.hourly_cost == Money::ore(15613));
    CHECK(july.used_cost == Money::ore(1561277));
    CHECK(r.months[7].approved_cost == Money::kroner(20670));  // 130 h × 159
    // 6 × 9.750,00 + 15.386,13 + 5 × 20.670,00
    CHECK(r.approved_cost == Money::ore(17723613));
    CHECK(r.received[LineKind::helper] == Money::ore(17723613));
    // Pooled: July's extra 1,45 h are more than the year's approved cost allows.
    CHECK(r.used_cost == Money::ore(17746277));
    CHECK(r.eligible_helper == Money::ore(17723613));
    CHECK(r.balance == Money());
}

TEST_CASE("the year cap limits what is eligible", "[reconcile]") {
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage, {{"Kørsel", Money::kroner(1000)}})});
    auto in = input_for(plan, every_month(6500));
    in.year_cap = Money::kroner(100000);
    in.year_cap_estimated = true;
    auto r = reconcile_child(in);
    CHECK(r.eligible_fixed == Money::kroner(12000));
    CHECK(r.eligible_before_cap == Money::kroner(129000));
    CHECK(r.capped);
    CHECK(r.eligible == Money::kroner(100000));
    CHECK(r.received.total() == Money::kroner(129000));
    CHECK(r.balance == Money::kroner(29000));
    CHECK(r.uses_estimates);
}

TEST_CASE("expenses: an excluded category is not eligible, with its reason, a budget cuts the one crossing it",
          "[reconcile]") {
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage)});
    auto in = input_for(plan, every_month(6500));
    in.excluded_categories = {{"Behandling", "Behandlinger dækkes ikke"}};
    in.budgets = {{"Træningsredskaber", Money::kroner(5000)}};
    in.expenses = {{11, day(2024, 3, 1), "Træningsredskaber", Money::kroner(3000), "B-1"},
                   {12, day(2024, 5, 1), "Træningsredskaber", Money::kroner(3000), "B-2"},
                   {13, day(2024, 6, 1), "behandling", Money::kroner(8000), "B-3"},
                   {14, day(2024, 7, 1), "Kurser", Money::kroner(1250), "B-4"}};
    in.received[LineKind::expense] = Money::kroner(15250);
    auto r = reconcile_child(in);
    REQUIRE(r.expenses.size() == 4);
    CHECK(r.expenses[0].eligible == Money::kroner(3000));
    CHECK(r.expenses[1].eligible == Money::kroner(2000));
    CHECK(r.expenses[1].verdict == ExpenseVerdict::over_budget);
    CHECK(r.expenses[2].eligible == Money());
    CHECK(r.expenses[2].verdict == ExpenseVerdict::not_covered_category);
    CHECK(r.expenses[2].reason == "Behandlinger dækkes ikke");
    CHECK(r.expenses[3].eligible == Money::kroner(1250));  // no budget for the category: the approval decides
    CHECK(r.eligible_expenses == Money::kroner(6250));
    CHECK(r.balance == Money::kroner(9000));  // 1.000 over budget + 8.000 treatment
}

TEST_CASE("a top-up is paid by policy, or recorded as not paid", "[reconcile]") {
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage)});
    auto in = input_for(plan, every_month(6500));
    in.received[LineKind::helper] -= Money::kroner(9750);  // December was never paid
    auto paid = reconcile_child(in);
    CHECK(paid.outcome == ReconciliationOutcome::top_up);
    CHECK(paid.settlement == Money::kroner(9750));
    in.pay_top_ups = false;
    auto kept = reconcile_child(in);
    CHECK(kept.outcome == ReconciliationOutcome::top_up_not_paid);
    CHECK(kept.balance == -Money::kroner(9750));
    CHECK(kept.settlement == Money());
}

TEST_CASE("the forecast carries the pace of the months so far to the year end", "[reconcile]") {
    // Through June: 6 × 32,50 h of 6 × 65 h (pace 50 %), paid January to June.
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 1500, kWage)});
    auto in = input_for(plan, every_month(3250));
    for (int m = 6; m < 12; ++m) {
        in.months[m].used_hours = Hours();
        in.months[m].paid = false;
    }
    in.received[LineKind::helper] = Money::kroner(58500);
    in.elapsed_through = month(2024, 6);
    auto r = reconcile_child(in);
    REQUIRE(r.forecast);
    CHECK(r.forecast->pace == Rate::basis_points(5000));
    CHECK(r.forecast->expected_used_hours == Hours::hundredths(39000));
    CHECK(r.forecast->expected_eligible == Money::kroner(58500));
    CHECK(r.forecast->expected_received == Money::kroner(117000));
    CHECK(r.forecast->expected_balance == Money::kroner(58500));
    // The year's figures so far: received 58.500 for 195 h used = 29.250 eligible.
    CHECK(r.balance == Money::kroner(29250));
}

TEST_CASE("a family's hours are shared by its children's approved hours, adding up to the whole",
          "[reconcile]") {
    auto shares = share_family_hours(Hours::whole(100), {{6500, 1}, {13000, 1}});
    CHECK(shares[0] == Hours::hundredths(3333));
    CHECK(shares[1] == Hours::hundredths(6667));
    CHECK(share_family_hours(Hours::whole(5), {{0, 1}, {0, 1}})[0] == Hours::whole(5));
    CHECK(hours_of_minutes(20) == Hours::hundredths(33));
    CHECK(hours_of_minutes(50) == Hours::hundredths(83));
}

TEST_CASE("domain.md's example: the year's approved hours from the exact total and the hourly cost kept exact",
          "[reconcile]") {
    // 20 h/week at 135,00 kr: hourly_cost 135 × 1,125 + 6 = 157,875 kr (domain.md §4).
    auto plan = whole_year_plan({test::version(day(2024, 1, 1), 2000, 13500)});
    auto r = reconcile_child(input_for(plan, every_month(8000)));
    CHECK(r.months[2].approved_hours == Hours::hundredths(8667));  // a month, rounded for display
    CHECK(r.approved_hours == Hours::whole(1040));                 // 20 × 52, not 12 × 86,67 = 1.040,04
    for (const auto& m : r.months) CHECK(m.hourly_cost_ore100 == 1'578'750);  // 157,875 kr, not 157,88
    CHECK(r.approved_cost == Money::kroner(164190));  // 12 × 13.682,50 = 1.040,00 × 157,875
    CHECK(r.used_cost == Money::kroner(151560));      // 960,00 × 157,875

    // From the 11th of a 30-day month (June 2024): 86,666… × (20/30 + 6) = 577,777… hours,
    // 577,78 rounded once; the rounded months would add up to 57,78 + 6 × 86,67 = 577,80.
    auto late = test::child(7, day(2015, 3, 1), Period{day(2024, 6, 11), day(2024, 12, 31)},
                            {test::version(day(2024, 6, 11), 2000, 13500)});
    auto part = reconcile_child(input_for(late, every_month(0)));
    CHECK(part.months[5].approved_hours == Hours::hundredths(5778));
    CHECK(part.approved_hours == Hours::hundredths(57778));
}
