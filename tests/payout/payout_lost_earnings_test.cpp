// Lost earnings in the monthly run (domain.md §8): the benefit and pension
// lines to the parent, outside the home-training year cap, and corrections of
// paid months when an award changes.
#include <catch2/catch.hpp>

#include "domain/payout.h"
#include "payout_domain_fixtures.h"

using namespace hjt;
using namespace hjt::test;

namespace {

PayoutRates rates_2024() {
    PayoutRates r = example_rates();
    r.year.year = 2024;
    r.year.lost_earnings_cap = MoneyFigure{Money::kroner(35247), false, "satser for 2024"};
    r.year.atp = {{Hours::whole(0), Money{}, Money{}},
                  {Hours::whole(39), Money::kroner(33), Money::kroner(66)},
                  {Hours::whole(78), Money::kroner(66), Money::kroner(132)},
                  {Hours::whole(117), Money::kroner(99), Money::kroner(198)}};
    return r;
}

// Full time off (37 of 37 h) from 1 January 2024 at 30.000 kr, pension 8 %, trækprocent 38 %.
LostEarningsAward award_for(Id child_id, std::int64_t income_kroner) {
    LostEarningsAward a;
    a.id = 7;
    a.child_id = child_id;
    a.parent_name = "Mette";
    a.period = Period{day(2024, 1, 1), std::nullopt};
    a.monthly_income_before = Money::kroner(income_kroner);
    a.hours_off_per_week = Hours::whole(37);
    a.former_employer_pension = Rate::basis_points(800);
    a.purpose = "hjemmetræning";
    a.tax_card = TaxCard{Rate::basis_points(3800), Money{}};
    return a;
}

FamilyPayoutBasis family_with_award(std::int64_t income_kroner) {
    auto f = family({child(10, day(2015, 6, 1), Period{day(2024, 1, 1), {}}, {version(day(2024, 1, 1), 2000, 13500)})});
    f.awards.push_back(award_for(10, income_kroner));
    return f;
}

std::vector<PayoutLine> lines_of(const PayoutResult& r, LineKind kind) {
    std::vector<PayoutLine> out;
    for (const auto& l : r.lines)
        if (l.kind == kind) out.push_back(l);
    return out;
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
    CHECK(benefit[0].description.find("netto 17.055,92 kr") != std::string::npos);
    auto pension = lines_of(r, LineKind::lost_earnings_pension);
    REQUIRE(pension.size() == 1);
    CHECK(pension[0].amount == Money::ore(240000));  // 8 % × 30.000,00
    CHECK(total_of(r.lines) == Money::ore(1000000 + 3000000 + 240000));
}

TEST_CASE("a raised award corrects the paid months with lines of the same kind; grant lines are untouched",
          "[payout][lost_earnings]") {
    FamilyPayoutBasis f = family_with_award(30000);  // January and February were paid at 25.000 kr
    for (unsigned m : {1u, 2u}) {
        f.settled.push_back(settled(10, LineKind::helper, month(2024, m), Money::ore(1368250)));
        f.settled.push_back(settled(10, LineKind::lost_earnings, month(2024, m), Money::kroner(25000)));
        f.settled.push_back(settled(10, LineKind::lost_earnings_pension, month(2024, m), Money::kroner(2000)));
    }
    PayoutBasis b = basis(month(2024, 3), {f});
    b.rates = rates_2024();
    b.settled_months = {month(2024, 1), month(2024, 2)};
    auto r = compute_payout(b);

    CHECK(lines_of(r, LineKind::adjustment).empty());
    auto benefit = lines_of(r, LineKind::lost_earnings);
    REQUIRE(benefit.size() == 3);
    CHECK(benefit[0].month_concerned == month(2024, 1));
    CHECK(benefit[0].amount == Money::kroner(5000));
    CHECK(benefit[0].description.find("Efterregulering") != std::string::npos);
    CHECK(benefit[1].month_concerned == month(2024, 2));
    CHECK(benefit[1].amount == Money::kroner(5000));
    CHECK(benefit[2].month_concerned == month(2024, 3));
    CHECK(benefit[2].amount == Money::kroner(30000));
    auto pension = lines_of(r, LineKind::lost_earnings_pension);
    REQUIRE(pension.size() == 3);
    CHECK(pension[0].amount == Money::kroner(400));  // 2.400,00 now, 2.000,00 paid
    CHECK(pension[2].amount == Money::kroner(2400));
}
