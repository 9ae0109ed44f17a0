// Lost earnings in the monthly run (domain.md §8): the benefit and pension
// lines to the parent, outside the home-training year cap, and corrections of
// paid months when an award changes.
#include <catch2/catch.hpp>

#include "domain/payout.h"
#include "payout_domain_fixtures.h"

using namespace hjt;
using namespace hjt::test;

namespace {

FamilyPayoutBasis family_with_award(std::int64_t income_kroner) {
    auto f = family({child(10, day(2015, 6, 1), Period{day(2024, 1, 1), {}}, {version(day(2024, 1, 1), 2000, 13500)})});
    f.awards.push_back(award_for(10, income_kroner));
    return f;
}


} // namespace

TEST_CASE("a family with a lost-earnings award gets the benefit and pension lines, outside the year cap",
          "[payout][lost_earnings]") {
    PayoutBasis b = basis(month(2024, 3), {family_with_award(30000)});
    b.rates = rates_2024();
    b.rates.year_cap = Money::kroner(10000);  // cuts the helper line, not the lost earnings
    auto r = compute_payout(b);

    auto helper = lines_of(r, LineKind::helper);
    REQUIRE(helper.size() == 1);
    CHECK(helper[0].amount == Money::kroner(10000));
    auto benefit = lines_of(r, LineKind::lost_earnings);
    REQUIRE(benefit.size() == 1);
    CHECK(benefit[0].amount == Money::ore(3000000));
    CHECK(benefit[0].month_concerned == month(2024, 3));
    CHECK(benefit[0].description.find("netto 17.055,53 kr") != std::string::npos);
    auto pension = lines_of(r, LineKind::lost_earnings_pension);
    REQUIRE(pension.size() == 1);
    CHECK(pension[0].amount == Money::ore(240000));  // 8 % × 30.000,00
    CHECK(total_of(r.lines) == Money::ore(1000000 + 3000000 + 240000));
}

TEST_CASE("a raised award corrects the paid months with lines of the same kind, withholding recomputed",
          "[payout][lost_earnings]") {
    // January and February were paid at 25.000 kr: ATP 99,00, AM-bidrag 8 % × 24.901,00 = 1.992,08,
    // A-skat then 8.705,00 (whole kroner, before issue 22); net 14.203,92; pension 2.000,00.
    FamilyPayoutBasis f = family_with_award(30000);
    const Withholding paid{Money::ore(9900), Money::ore(199208), Money::ore(870500)};
    for (unsigned m : {1u, 2u}) {
        f.settled.push_back(settled(10, LineKind::helper, month(2024, m), Money::ore(1368250)));
        SettledLine benefit = settled(10, LineKind::lost_earnings, month(2024, m), Money::kroner(25000));
        benefit.award_id = 7;
        benefit.withheld = paid;
        f.settled.push_back(benefit);
        SettledLine pension = settled(10, LineKind::lost_earnings_pension, month(2024, m), Money::kroner(2000));
        pension.award_id = 7;
        f.settled.push_back(pension);
    }
    PayoutBasis b = basis(month(2024, 3), {f});
    b.rates = rates_2024();
    b.settled_months = {month(2024, 1), month(2024, 2)};
    auto r = compute_payout(b);

    CHECK(lines_of(r, LineKind::adjustment).empty());
    auto benefit = lines_of(r, LineKind::lost_earnings);
    REQUIRE(benefit.size() == 3);
    for (int i : {0, 1}) {
        INFO("correction " << i);
        CHECK(benefit[i].month_concerned == month(2024, 1 + i));
        CHECK(benefit[i].amount == Money::kroner(5000));
        CHECK(benefit[i].award_id == Id{7});
        // The month is now 30.000,00 with ATP 99,00, AM 2.392,08, A-skat 10.453,39 (with øre,
        // withholding.h): the correction withholds the difference, AM 400,00 and A-skat
        // 1.748,39; net 2.851,61.
        CHECK(benefit[i].withheld == Withholding{Money(), Money::ore(40000), Money::ore(174839)});
        CHECK(benefit[i].amount - benefit[i].withheld.total() == Money::ore(285161));
        CHECK(benefit[i].description.find("Efterregulering") != std::string::npos);
        CHECK(benefit[i].description.find("regel: ") != std::string::npos);
    }
    CHECK(benefit[2].month_concerned == month(2024, 3));
    CHECK(benefit[2].amount == Money::kroner(30000));
    CHECK(benefit[2].withheld == Withholding{Money::ore(9900), Money::ore(239208), Money::ore(1045339)});
    auto pension = lines_of(r, LineKind::lost_earnings_pension);
    REQUIRE(pension.size() == 3);
    CHECK(pension[0].amount == Money::kroner(400));  // 2.400,00 now, 2.000,00 paid
    CHECK(pension[0].withheld == Withholding{});
    CHECK(pension[2].amount == Money::kroner(2400));
}

TEST_CASE("an award without the parent's normal hours is flagged and held: nothing is paid on 37 hours",
          "[payout][lost_earnings]") {
    FamilyPayoutBasis f = family_with_award(30000);
    f.awards[0].normal_weekly_hours.reset();
    PayoutBasis b = basis(month(2024, 3), {f});
    b.rates = rates_2024();
    auto r = compute_payout(b);
    CHECK(lines_of(r, LineKind::lost_earnings).empty());
    CHECK(lines_of(r, LineKind::lost_earnings_pension).empty());
    CHECK(lines_of(r, LineKind::helper).size() == 1);  // the family's own lines are paid as usual
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].code == FlagCode::missing_normal_hours);
    CHECK(r.flags[0].message.find("Mette") != std::string::npos);
    CHECK(to_string(FlagCode::missing_normal_hours) == "missing_normal_hours");
    CHECK(parse_flag_code("missing_normal_hours") == FlagCode::missing_normal_hours);
}

TEST_CASE("saved costs ride on the benefit line and come off the parent's net, not the gross",
          "[payout][lost_earnings]") {
    FamilyPayoutBasis f = family_with_award(30000);
    f.awards[0].monthly_saved_costs = Money::ore(125000);
    PayoutBasis b = basis(month(2024, 3), {f});
    b.rates = rates_2024();
    auto benefit = lines_of(compute_payout(b), LineKind::lost_earnings);
    REQUIRE(benefit.size() == 1);
    CHECK(benefit[0].amount == Money::kroner(30000));
    CHECK(benefit[0].withheld == Withholding{Money::ore(9900), Money::ore(239208), Money::ore(1045339),
                                             Money::ore(125000)});
    CHECK(benefit[0].withheld.for_skattestyrelsen() == Money::ore(1294447));
    CHECK(benefit[0].amount - benefit[0].withheld.total() == Money::ore(1580553));
    CHECK(benefit[0].description.find("besparelser 1.250,00 kr") != std::string::npos);
}

TEST_CASE("a month paid by the old rules is corrected by labelled lines naming the changed rule, never rewritten",
          "[payout][lost_earnings]") {
    // June 2024 of the worked example (42.000 kr, 18,5 of 37 h, 8 %) was paid by the old rules:
    // gross 17.623,50 less saved costs 500,00 = 17.123,50 and pension 8 % of it = 1.369,88.
    FamilyPayoutBasis f = family_with_award(42000);
    LostEarningsAward& a = f.awards[0];
    a.hours_off_per_week = Hours::hundredths(1850);
    a.monthly_saved_costs = Money::kroner(500);
    SettledLine benefit = settled(10, LineKind::lost_earnings, month(2024, 6), Money::ore(1712350));
    benefit.award_id = 7;
    benefit.withheld = Withholding{Money::kroner(66), Money::ore(131708), Money::ore(600600)};
    SettledLine pension = settled(10, LineKind::lost_earnings_pension, month(2024, 6), Money::ore(136988));
    pension.award_id = 7;
    f.settled = {benefit, pension};
    PayoutBasis b = basis(month(2024, 7), {f});
    b.rates = rates_2024();
    b.settled_months = {month(2024, 6)};
    auto r = compute_payout(b);

    auto pensions = lines_of(r, LineKind::lost_earnings_pension);
    REQUIRE(pensions.size() == 2);
    CHECK(pensions[0].month_concerned == month(2024, 6));
    CHECK(pensions[0].amount == Money::ore(168000 - 136988));  // now min(1.762,35, 1.680,00)
    CHECK(pensions[0].description.find("højst tidligere arbejdsgivers bidrag i kroner") != std::string::npos);
    auto benefits = lines_of(r, LineKind::lost_earnings);
    REQUIRE(benefits.size() == 2);
    CHECK(benefits[0].month_concerned == month(2024, 6));
    CHECK(benefits[0].amount == Money::kroner(500));  // the gross is 17.623,50 again
    CHECK(benefits[0].withheld.saved_costs == Money::kroner(500));
    CHECK(benefits[0].description.find("besparelser fratrukket nettoydelsen") != std::string::npos);
    CHECK(benefits[1].month_concerned == month(2024, 7));
}
