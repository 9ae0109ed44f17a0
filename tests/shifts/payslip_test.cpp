#include <catch2/catch.hpp>

#include "atp_tables.h"
#include "domain/minutes.h"
#include "domain/payslip.h"

using namespace hjt;

namespace {
const Month kJune2024{date::year{2024}, date::June};

PayslipInput helper_at(Hours hours, Money wage, int withholding_bp, Money deduction = Money{}) {
    return PayslipInput{kJune2024, hours, Hours{}, wage, TaxCard{Rate::basis_points(withholding_bp), deduction}};
}

Payslip slip(const PayslipInput& in, RoundingMethod method = RoundingMethod::with_ore,
             const YearRates& rates = test::rates_2024()) {
    return compute_payslip(in, rates, PayrollRules{method, IncomeKind::a_income, false});
}
} // namespace

TEST_CASE("payslip: the worked example of domain.md §6 to the øre (method 1)", "[shifts][payslip]") {
    Payslip p = slip(helper_at(Hours::whole(60), Money::kroner(135), 3800));
    CHECK(p.gross == Money::ore(810000));
    CHECK(p.atp_employee == Money::ore(3300));
    CHECK(p.atp_employer == Money::ore(6600));
    CHECK(p.am_income == Money::ore(806700));
    CHECK(p.am_bidrag == Money::ore(64536));
    CHECK(p.a_income == Money::ore(742164));
    CHECK(p.a_skat == Money::ore(282022));
    CHECK(p.net == Money::ore(460142));
    CHECK(p.holiday_pay == Money::ore(101250));
    CHECK(p.holiday_am_bidrag == Money::ore(8100));
    CHECK(p.holiday_a_skat == Money::ore(35397));
    CHECK(p.holiday_net == Money::ore(57753));
    CHECK(p.employer_cost == Money::ore(810000 + 101250 + 6600));
    CHECK(p.withheld_tax() == Money::ore(64536 + 282022 + 8100 + 35397));
}

TEST_CASE("payslip: the worked example by method 3 and method 2", "[shifts][payslip]") {
    Payslip three = slip(helper_at(Hours::whole(60), Money::kroner(135), 3800), RoundingMethod::tens_down_kroner_up);
    CHECK(three.am_income == Money::kroner(8060));
    CHECK(three.am_bidrag == Money::kroner(645));
    CHECK(three.a_skat == Money::kroner(2820));
    CHECK(three.net == Money::ore(460200));
    // Holiday pay 1.012,50 → AM-income 1.010: 80,80 → 81; A-income 1.012,50 − 81 = 931,50 → 930: 353,40 → 354.
    CHECK(three.holiday_am_bidrag == Money::kroner(81));
    CHECK(three.holiday_a_skat == Money::kroner(354));
    CHECK(three.holiday_net == Money::ore(101250 - 8100 - 35400));

    Payslip two = slip(helper_at(Hours::whole(60), Money::kroner(135), 3800), RoundingMethod::whole_kroner);
    CHECK(two.am_bidrag == Money::kroner(645));     // 645,36
    CHECK(two.a_skat == Money::kroner(2820));       // 38 % × 7.422,00 = 2.820,36
    CHECK(two.holiday_a_skat == Money::kroner(354)); // 38 % × 931,50 = 353,97
    CHECK(two.net == Money::ore(460200));
}

TEST_CASE("payslip: the month's fradrag is used once, first on the wage, the rest on the holiday pay",
          "[shifts][payslip][fradrag]") {
    // 10 h × 135,00 = 1.350,00; ATP 0; AM 108,00; A-income 1.242,00.
    // Fradrag 1.300,00: 1.242,00 on the wage (A-skat 0), 58,00 left for the holiday pay.
    // Holiday pay 168,75: AM 13,50; 38 % × (155,25 − 58,00) = 36,955 → 36,96.
    Payslip p = slip(helper_at(Hours::whole(10), Money::kroner(135), 3800, Money::kroner(1300)));
    CHECK(p.deduction_used == Money::kroner(1242));
    CHECK(p.a_skat == Money{});
    CHECK(p.net == Money::ore(135000 - 10800));
    CHECK(p.holiday_deduction_used == Money::kroner(58));
    CHECK(p.holiday_a_skat == Money::ore(3696));
    CHECK(p.holiday_net == Money::ore(16875 - 1350 - 3696));

    // A smaller fradrag is used up on the wage: the holiday pay is taxed in full.
    // 1.242,00 − 1.000,00 = 242,00 × 38 % = 91,96; holiday 38 % × 155,25 = 58,995 → 59,00.
    Payslip small = slip(helper_at(Hours::whole(10), Money::kroner(135), 3800, Money::kroner(1000)));
    CHECK(small.a_skat == Money::ore(9196));
    CHECK(small.holiday_deduction_used == Money{});
    CHECK(small.holiday_a_skat == Money::ore(5900));

    // A fradrag bigger than both leaves no A-skat at all, never a negative one.
    Payslip big = slip(helper_at(Hours::whole(10), Money::kroner(135), 3800, Money::kroner(5000)));
    CHECK(big.a_skat == Money{});
    CHECK(big.holiday_a_skat == Money{});
    CHECK(big.holiday_deduction_used == Money::ore(15525));
}

TEST_CASE("payslip: ATP brackets are < 39, ≥ 39 and < 78, ≥ 78 and < 117, ≥ 117 hours, in hundredths",
          "[shifts][payslip][atp]") {
    auto atp_at = [](std::int64_t hundredths) {
        Payslip p = slip(helper_at(Hours::hundredths(hundredths), Money::kroner(135), 3800));
        return std::pair{p.atp_employee.ore(), p.atp_employer.ore()};
    };
    using Pair = std::pair<std::int64_t, std::int64_t>;
    CHECK(atp_at(0) == Pair{0, 0});
    CHECK(atp_at(3899) == Pair{0, 0});
    CHECK(atp_at(3900) == Pair{3300, 6600});
    CHECK(atp_at(7750) == Pair{3300, 6600});  // 77,50 h: the second bracket
    CHECK(atp_at(7799) == Pair{3300, 6600});
    CHECK(atp_at(7800) == Pair{6600, 13200});
    CHECK(atp_at(11699) == Pair{6600, 13200});
    CHECK(atp_at(11700) == Pair{9900, 19800});
    CHECK(atp_at(30000) == Pair{9900, 19800});
}

TEST_CASE("payslip: 2023 uses the old ATP table, 2024 the new one", "[shifts][payslip][atp]") {
    PayslipInput in = helper_at(Hours::whole(80), Money::kroner(130), 3700);
    in.month = Month{date::year{2023}, date::June};
    Payslip p2023 = slip(in, RoundingMethod::with_ore, test::rates_2023());
    Payslip p2024 = slip(in);
    CHECK(p2023.atp_employee == Money::ore(6310));
    CHECK(p2023.atp_employer == Money::ore(12625));
    CHECK(p2024.atp_employee == Money::ore(6600));
    CHECK(p2024.atp_employer == Money::ore(13200));
    // 80 h × 130,00 = 10.400,00; AM 8 % × (10.400,00 − 63,10) = 826,952 → 826,95.
    CHECK(p2023.am_bidrag == Money::ore(82695));
    // A-skat 37 % × (10.400,00 − 63,10 − 826,95) = 3.518,6815 → 3.518,68.
    CHECK(p2023.a_skat == Money::ore(351868));
    CHECK(p2023.net == Money::ore(1040000 - 6310 - 82695 - 351868));
}

TEST_CASE("payslip: sick hours are paid at the wage and count for ATP", "[shifts][payslip][sick]") {
    PayslipInput in = helper_at(Hours::whole(30), Money::kroner(135), 3800);
    in.sick_hours = Hours::whole(9);
    Payslip p = slip(in);
    CHECK(p.hours == Hours::whole(39));
    CHECK(p.sick_hours == Hours::whole(9));
    CHECK(p.sick_pay == Money::ore(121500));    // 9 × 135,00
    CHECK(p.gross == Money::ore(526500));       // 39 × 135,00
    CHECK(p.atp_employee == Money::kroner(33));  // 39 paid hours: the second bracket
}

TEST_CASE("payslip: B-income withholds neither AM-bidrag nor A-skat, and the slip says so",
          "[shifts][payslip][policy]") {
    Payslip p = compute_payslip(helper_at(Hours::whole(60), Money::kroner(135), 3800), test::rates_2024(),
                                PayrollRules{RoundingMethod::with_ore, IncomeKind::b_income, false});
    CHECK(p.rules.income == IncomeKind::b_income);
    CHECK(p.am_bidrag == Money{});
    CHECK(p.a_skat == Money{});
    CHECK(p.net == Money::ore(806700));
    CHECK(p.holiday_pay == Money::ore(101250));
    CHECK(p.holiday_net == Money::ore(101250));
}

TEST_CASE("payslip: Ferieloven § 43 household help (≤ 8 h a week) gets no feriegodtgørelse when the policy says so",
          "[shifts][payslip][policy]") {
    const PayrollRules on{RoundingMethod::with_ore, IncomeKind::a_income, true};
    // June has 30 days: 8 h a week is 8 × 30 / 7 = 34,2857 h; 34,28 h is within, 34,29 h is not.
    CHECK(household_help_month(kJune2024, Hours::hundredths(3428), on));
    CHECK_FALSE(household_help_month(kJune2024, Hours::hundredths(3429), on));
    // February 2024 (29 days): 33,14 h is within, 33,15 h is not.
    const Month feb{date::year{2024}, date::February};
    CHECK(household_help_month(feb, Hours::hundredths(3314), on));
    CHECK_FALSE(household_help_month(feb, Hours::hundredths(3315), on));

    Payslip help = compute_payslip(helper_at(Hours::whole(20), Money::kroner(135), 3800), test::rates_2024(), on);
    CHECK(help.household_help);
    CHECK(help.holiday_pay == Money{});
    CHECK(help.holiday_net == Money{});
    CHECK(help.employer_cost == Money::ore(270000));

    // Off by default: the same helper gets feriegodtgørelse.
    Payslip regular = slip(helper_at(Hours::whole(20), Money::kroner(135), 3800));
    CHECK_FALSE(regular.household_help);
    CHECK(regular.holiday_pay == Money::ore(33750));
}

TEST_CASE("payslip: the contributions collected with ATP follow the ATP bracket and add to the employer cost",
          "[shifts][payslip][contributions]") {
    YearRates rates = test::rates_2024();
    rates.contributions[static_cast<std::size_t>(Contribution::aub)] =
        ContributionTable{{Money{}, Money::ore(8747), Money::ore(17494), Money::ore(26242)}, true, "test"};
    rates.contributions[static_cast<std::size_t>(Contribution::fib)] =
        ContributionTable{{Money{}, Money::ore(4108), Money::ore(8217), Money::ore(12325)}, true, "test"};

    Payslip p = slip(helper_at(Hours::whole(60), Money::kroner(135), 3800), RoundingMethod::with_ore, rates);
    CHECK(p.contributions[static_cast<std::size_t>(Contribution::aub)] == Money::ore(8747));
    CHECK(p.contributions[static_cast<std::size_t>(Contribution::fib)] == Money::ore(4108));
    CHECK(p.contributions[static_cast<std::size_t>(Contribution::aes)] == Money{});  // no table this year
    CHECK(p.employer_contributions() == Money::ore(8747 + 4108));
    CHECK(p.employer_cost == Money::ore(810000 + 101250 + 6600 + 8747 + 4108));

    Payslip under = slip(helper_at(Hours::hundredths(3899), Money::kroner(135), 3800), RoundingMethod::with_ore, rates);
    CHECK(under.employer_contributions() == Money{});
    Payslip full = slip(helper_at(Hours::whole(117), Money::kroner(135), 3800), RoundingMethod::with_ore, rates);
    CHECK(full.employer_contributions() == Money::ore(26242 + 12325));
}

TEST_CASE("payslip: the work-injury premium's monthly twelfths add up to the year's premium", "[shifts][payslip]") {
    YearRates rates = test::rates_2024();
    CHECK(work_injury_month(rates, kJune2024) == Money{});
    rates.work_injury_premium = MoneyFigure{Money::ore(150001), true, "test"};
    Money year;
    for (unsigned m = 1; m <= 12; ++m) year += work_injury_month(rates, Month{date::year{2024}, date::month{m}});
    CHECK(year == Money::ore(150001));
    CHECK(work_injury_month(rates, Month{date::year{2024}, date::January}) == Money::ore(12500));  // 12.500,083
}

TEST_CASE("payslip: worked minutes become hundredths rounded half away from zero", "[shifts][payslip]") {
    CHECK(hours_of_minutes(60) == Hours::whole(1));
    CHECK(hours_of_minutes(20) == Hours::hundredths(33));   // 0,333… h
    CHECK(hours_of_minutes(40) == Hours::hundredths(67));   // 0,666… h
    CHECK(hours_of_minutes(2339) == Hours::hundredths(3898));
    CHECK(hours_of_minutes(2340) == Hours::whole(39));
}
