#include <catch2/catch.hpp>

#include "domain/withholding.h"

using namespace hjt;

namespace {
const Rate kAm = Rate::basis_points(800);
const TaxCard kCard38{Rate::basis_points(3800), Money{}};

WithholdingRules rules(RoundingMethod method, IncomeKind income = IncomeKind::a_income) {
    return WithholdingRules{kAm, method, income};
}
} // namespace

TEST_CASE("withholding: method 1 keeps AM-bidrag and A-skat with øre (domain.md §6)", "[withholding]") {
    // 60 h × 135,00 = 8.100,00; ATP 33,00.
    Withheld w = withhold(Money::ore(810000), Money::kroner(33), kCard38, Money{}, rules(RoundingMethod::with_ore));
    CHECK(w.am_income == Money::ore(806700));
    CHECK(w.am_bidrag == Money::ore(64536));
    CHECK(w.a_income == Money::ore(742164));
    CHECK(w.taxable == Money::ore(742164));
    CHECK(w.a_skat == Money::ore(282022));
    CHECK(w.net == Money::ore(460142));

    // The holiday pay 1.012,50 carries no ATP: AM 81,00, A-skat 38 % × 931,50 = 353,97.
    Withheld h = withhold(Money::ore(101250), Money{}, kCard38, Money{}, rules(RoundingMethod::with_ore));
    CHECK(h.am_bidrag == Money::ore(8100));
    CHECK(h.a_skat == Money::ore(35397));
    CHECK(h.net == Money::ore(57753));
}

TEST_CASE("withholding: method 2 rounds AM-bidrag and A-skat each to whole kroner, half up", "[withholding]") {
    Withheld w = withhold(Money::ore(810000), Money::kroner(33), kCard38, Money{}, rules(RoundingMethod::whole_kroner));
    CHECK(w.am_income == Money::ore(806700));
    CHECK(w.am_bidrag == Money::kroner(645));    // 645,36
    CHECK(w.a_income == Money::ore(742200));     // 8.067,00 − 645
    CHECK(w.a_skat == Money::kroner(2820));      // 38 % × 7.422,00 = 2.820,36
    CHECK(w.net == Money::ore(460200));
    // 2.326,50 is half a krone: up. AM of 29.081,25 = 2.326,50.
    CHECK(withhold(Money::ore(2908125), Money{}, kCard38, Money{}, rules(RoundingMethod::whole_kroner)).am_bidrag ==
          Money::kroner(2327));
    // 2.326,47 goes down: AM of 29.080,875 is not whole øre; 29.080,87 × 8 % = 2.326,4696.
    CHECK(withhold(Money::ore(2908087), Money{}, kCard38, Money{}, rules(RoundingMethod::whole_kroner)).am_bidrag ==
          Money::kroner(2326));
}

TEST_CASE("withholding: method 3 rounds the incomes down to 10 kr and the amounts up to kroner (domain.md §6)",
          "[withholding]") {
    Withheld w = withhold(Money::ore(810000), Money::kroner(33), kCard38, Money{},
                          rules(RoundingMethod::tens_down_kroner_up));
    CHECK(w.am_income == Money::kroner(8060));   // 8.067,00 down to 8.060
    CHECK(w.am_bidrag == Money::kroner(645));    // 644,80 up
    CHECK(w.a_income == Money::ore(742200));     // 8.067,00 − 645
    CHECK(w.taxable == Money::kroner(7420));     // down to 10 kr
    CHECK(w.a_skat == Money::kroner(2820));      // 2.819,60 up
    CHECK(w.net == Money::ore(460200));
    // An amount already whole stays: 8 % × 10.000 = 800,00 is not raised to 801.
    CHECK(withhold(Money::kroner(10009), Money{}, kCard38, Money{}, rules(RoundingMethod::tens_down_kroner_up))
              .am_bidrag == Money::kroner(800));
}

TEST_CASE("withholding: the fradrag is used up to the A-income and the rest is left for the next payment",
          "[withholding]") {
    // Wage 1.350,00: AM 108,00, A-income 1.242,00; fradrag 1.500,00 → 1.242,00 used, 258,00 left.
    Withheld wage = withhold(Money::kroner(1350), Money{}, TaxCard{Rate::basis_points(3800), Money::kroner(1500)},
                             Money::kroner(1500), rules(RoundingMethod::with_ore));
    CHECK(wage.deduction_used == Money::kroner(1242));
    CHECK(wage.taxable == Money{});
    CHECK(wage.a_skat == Money{});
    // Holiday pay 168,75: AM 13,50, A-income 155,25 − the 258,00 left → nothing taxable either.
    Withheld holiday = withhold(Money::ore(16875), Money{}, kCard38, Money::kroner(1500) - wage.deduction_used,
                                rules(RoundingMethod::with_ore));
    CHECK(holiday.deduction_used == Money::ore(15525));
    CHECK(holiday.a_skat == Money{});
    // With a fradrag of 1.300,00, 58,00 is left for the holiday pay: 38 % × (155,25 − 58,00) = 36,955 → 36,96.
    Withheld part = withhold(Money::ore(16875), Money{}, kCard38, Money::kroner(58), rules(RoundingMethod::with_ore));
    CHECK(part.taxable == Money::ore(9725));
    CHECK(part.a_skat == Money::ore(3696));
}

TEST_CASE("withholding: method 3 rounds the A-income after fradrag down to 10 kr", "[withholding]") {
    // Bluegarden's example: AM-income 38.305,35, fradrag 10.076, trækprocent 39 %.
    // AM 8 % × 38.300 = 3.064,00; 38.305,35 − 3.064 − 10.076 = 25.165,35 → 25.160; × 39 % = 9.812,40 → 9.813.
    Withheld w = withhold(Money::ore(3830535), Money{}, TaxCard{Rate::basis_points(3900), Money::kroner(10076)},
                          Money::kroner(10076), rules(RoundingMethod::tens_down_kroner_up));
    CHECK(w.am_bidrag == Money::kroner(3064));
    CHECK(w.taxable == Money::kroner(25160));
    CHECK(w.a_skat == Money::kroner(9813));
}

TEST_CASE("withholding: B-income withholds neither AM-bidrag nor A-skat", "[withholding]") {
    Withheld w = withhold(Money::ore(810000), Money::kroner(33), kCard38, Money::kroner(1000),
                          rules(RoundingMethod::with_ore, IncomeKind::b_income));
    CHECK(w.am_bidrag == Money{});
    CHECK(w.a_skat == Money{});
    CHECK(w.deduction_used == Money{});
    CHECK(w.net == Money::ore(806700));
}

TEST_CASE("withholding: method 1 rounds only the month's reported total", "[withholding]") {
    // 645,36 + 2.820,22 + 81,00 + 353,97 = 3.900,55 → reported 3.901.
    CHECK(reported_total(Money::ore(390055), RoundingMethod::with_ore) == Money::kroner(3901));
    CHECK(reported_total(Money::ore(390049), RoundingMethod::with_ore) == Money::kroner(3900));
    CHECK(reported_total(Money::kroner(3902), RoundingMethod::tens_down_kroner_up) == Money::kroner(3902));
}

TEST_CASE("withholding: the methods are named and parsed as the policy writes them", "[withholding]") {
    CHECK(parse_rounding_method("1") == RoundingMethod::with_ore);
    CHECK(parse_rounding_method("3") == RoundingMethod::tens_down_kroner_up);
    CHECK_FALSE(parse_rounding_method("4"));
    CHECK_FALSE(parse_rounding_method(""));
    CHECK(to_string(RoundingMethod::whole_kroner) == "2");
    CHECK(parse_income_kind("B") == IncomeKind::b_income);
    CHECK_FALSE(parse_income_kind("C"));
    CHECK(describe(RoundingMethod::with_ore).find("metode 1") != std::string::npos);
}
