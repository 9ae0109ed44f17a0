// The family overview's figures (issue 19): what is left of the grant, where
// the pace leads by the year's end, and weeks over the grant's weekly hours.
// The example grant (as reconciliation_domain_test.cpp): 15 h/week = 65 h a
// month at exactly 150,00 kr/h, 9.750,00 kr a month, 117.000,00 kr a year.
#include <catch2/catch.hpp>

#include "domain/budget_outlook.h"
#include "domain/payout_entitlement.h"
#include "domain/week_hours.h"
#include "payout/payout_domain_fixtures.h"

using namespace hjt;
using hjt::test::day;
using hjt::test::month;

namespace {

ChildPlan plan_2024() {
    return test::child(7, day(2015, 3, 1), Period{day(2024, 1, 1), day(2024, 12, 31)},
                       {test::version(day(2024, 1, 1), 1500, 12800)});
}

// January to June elapsed and paid by plan, `used_h100` hours each of them.
ChildReconciliationInput half_year(long long used_h100) {
    auto plan = plan_2024();
    ChildReconciliationInput in;
    in.family_id = 1;
    in.child_id = 7;
    in.year = 2024;
    in.months = planned_months(plan, 2024, test::example_rates());
    for (unsigned m = 0; m < 6; ++m) {
        in.months[m].used_hours = Hours::hundredths(used_h100);
        in.months[m].paid = true;
        in.received[LineKind::helper] += month_entitlement(1, plan, in.months[m].month, test::example_rates()).helper->amount;
    }
    in.year_cap = Money::kroner(706600);
    in.elapsed_through = month(2024, 6);
    return in;
}

} // namespace

TEST_CASE("half the hours at mid-year: 58.500,00 kr unused by the year's end, a repayment claim", "[outlook]") {
    auto r = reconcile_child(half_year(3250));
    auto o = budget_outlook(r);
    CHECK(o.remaining_hours == Hours::hundredths(58500));   // 780 − 6 × 32,5
    CHECK(o.remaining_cost == Money::kroner(87750));        // 117.000 − 195 × 150
    CHECK(o.warning == OutlookWarning::unused);
    CHECK(o.amount == Money::kroner(58500));                // received 117.000 by plan, 390 h × 150 used
    CHECK(to_string(o.warning) == "unused");
}

TEST_CASE("one and a half times the hours: 58.500,00 kr beyond the grant by the year's end", "[outlook]") {
    auto r = reconcile_child(half_year(9750));
    REQUIRE(r.forecast);
    CHECK(r.forecast->expected_used_cost == Money::kroner(175500));  // 1.170 h × 150
    auto o = budget_outlook(r);
    CHECK(o.remaining_hours == Hours::hundredths(78000 - 58500));
    CHECK(o.warning == OutlookWarning::over_grant);
    CHECK(o.amount == Money::kroner(58500));  // 175.500 − 117.000
}

TEST_CASE("the approved hours exactly: no warning, a year over has no forecast and no warning", "[outlook]") {
    CHECK(budget_outlook(reconcile_child(half_year(6500))).warning == OutlookWarning::none);
    auto over = half_year(3250);
    over.elapsed_through.reset();
    auto o = budget_outlook(reconcile_child(over));
    CHECK(o.warning == OutlookWarning::none);
    CHECK(o.amount == Money());
}

namespace {

ShiftRecord shift(Date d, int minutes) {
    ShiftRecord s;
    s.times.date = d;
    s.classification.minutes = minutes;
    s.classification.subsidisable_minutes = minutes;
    return s;
}

} // namespace

TEST_CASE("39,5 t in one week against a grant of 12,5 t/uge is a week over the grant", "[outlook][weeks]") {
    auto plan = test::child(7, day(2015, 3, 1), Period{day(2026, 1, 1), std::nullopt},
                            {test::version(day(2026, 1, 1), 1250, 15000)});
    // Monday 16-11-2026 to Sunday 22-11-2026: 7 + 8 + 8 + 8 + 8,5 hours; the next week 12,5.
    std::vector<ShiftRecord> shifts{shift(day(2026, 11, 16), 420), shift(day(2026, 11, 17), 480),
                                    shift(day(2026, 11, 18), 480), shift(day(2026, 11, 19), 480),
                                    shift(day(2026, 11, 22), 510), shift(day(2026, 11, 23), 750)};
    auto weeks = weeks_over_grant(shifts, {plan});
    REQUIRE(weeks.size() == 1);
    CHECK(weeks[0].monday == day(2026, 11, 16));
    CHECK(weeks[0].used == Hours::hundredths(3950));
    CHECK(weeks[0].granted == Hours::hundredths(1250));
}

TEST_CASE("a week's grant is the children's weekly hours summed, the most of any day of the week", "[outlook][weeks]") {
    auto a = test::child(7, day(2015, 3, 1), Period{day(2026, 1, 1), std::nullopt},
                         {test::version(day(2026, 1, 1), 1000, 15000), test::version(day(2026, 11, 20), 2000, 15000)});
    auto b = test::child(8, day(2016, 3, 1), Period{day(2026, 1, 1), day(2026, 11, 18)},
                         {test::version(day(2026, 1, 1), 500, 15000)});
    CHECK(weekly_hours_granted({a, b}, day(2026, 11, 16)) == Hours::hundredths(1500));
    CHECK(weekly_hours_granted({a, b}, day(2026, 11, 19)) == Hours::hundredths(1000));
    CHECK(weekly_hours_granted({a, b}, day(2026, 11, 20)) == Hours::hundredths(2000));
    // 20 h in the week of 16-11: within the 20 h in force from Friday.
    CHECK(weeks_over_grant({shift(day(2026, 11, 16), 1200)}, {a, b}).empty());
    CHECK(weeks_over_grant({shift(day(2026, 11, 16), 1201)}, {a, b}).size() == 1);
}
