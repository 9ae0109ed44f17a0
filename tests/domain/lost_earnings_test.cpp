#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/lost_earnings.h"
#include "test_dates.h"

using namespace hjt;
using date::year;

namespace {

using hjt::testing::ymd;
using hjt::testing::ym;

// The lost-earnings caps and ATP tables of domain.md §9, written out by hand.
YearRates rates_for(int y, std::int64_t cap_kroner, bool estimated = false) {
    YearRates r;
    r.year = y;
    r.lost_earnings_cap = MoneyFigure{Money::kroner(cap_kroner), estimated, "domain.md §9"};
    bool from_2024 = y >= 2024;
    r.atp = {{Hours::whole(0), Money{}, Money{}},
             {Hours::whole(39), Money::ore(from_2024 ? 3300 : 3155), Money::ore(from_2024 ? 6600 : 6310)},
             {Hours::whole(78), Money::ore(from_2024 ? 6600 : 6310), Money::ore(from_2024 ? 13200 : 12625)},
             {Hours::whole(117), Money::ore(from_2024 ? 9900 : 9465), Money::ore(from_2024 ? 19800 : 18935)}};
    return r;
}
YearRates rates_2023() { return rates_for(2023, 34055); }
YearRates rates_2024() { return rates_for(2024, 35247); }

// The satsreguleringsprocent of config/rates (2024 3,5 %, 2025 3,6 %, 2026 4,8 %), no holiday supplement.
LostEarningsTerms terms() {
    LostEarningsTerms t;
    t.regulation = {{2024, RateFigure{Rate::basis_points(350), true, "config"}},
                    {2025, RateFigure{Rate::basis_points(360), true, "config"}},
                    {2026, RateFigure{Rate::basis_points(480), true, "config"}}};
    return t;
}

LostEarningsMonth compute(const LostEarningsAward& a, Date birth, Month m, const YearRates& rates) {
    return compute_lost_earnings(a, birth, m, rates, terms());
}

const Date kBirth = ymd(2012, 5, 20);  // 18 in 2030: far from every month below

// Full time off (37 of 37 h), from 1 January 2024, trækprocent 38 %, no fradrag.
LostEarningsAward award(std::int64_t income_kroner, Rate pension = Rate::basis_points(800)) {
    LostEarningsAward a;
    a.child_id = 1;
    a.parent_name = "Mette";
    a.parent_cpr = "050585-1234";
    a.period = Period{ymd(2024, 1, 1), std::nullopt};
    a.monthly_income_before = Money::kroner(income_kroner);
    a.hours_off_per_week = Hours::whole(37);
    a.normal_weekly_hours = Hours::whole(37);
    a.former_employer_pension = pension;
    a.purpose = AwardPurpose::home_training;
    a.tax_card = TaxCard{Rate::basis_points(3800), Money{}};
    return a;
}

void require_refused(const LostEarningsAward& a, Date birth, const std::string& field) {
    try {
        check_lost_earnings_rules(a, birth);
        FAIL("accepted, expected a ValidationError on " << field);
    } catch (const ValidationError& e) {
        CHECK(e.field() == field);
    }
}

} // namespace

TEST_CASE("lost earnings under the cap: the income lost, 8 % pension, ATP/AM/A-skat withheld", "[lost_earnings]") {
    LostEarningsMonth m = compute(award(30000), kBirth, ym(2024, 3), rates_2024());
    CHECK(m.benefit == Money::ore(3000000));
    CHECK_FALSE(m.capped);
    CHECK(m.pension == Money::ore(240000));        // 8 % × 30.000,00
    CHECK(m.atp_hours == Hours::hundredths(16033));  // 37 h × 52/12 = 160,33 h: ≥ 117 h
    CHECK(m.atp_employee == Money::ore(9900));
    CHECK(m.atp_employer == Money::ore(19800));
    CHECK(m.am_bidrag == Money::ore(239208));      // 8 % × 29.901,00
    CHECK(m.a_skat == Money::ore(1045339));        // 38 % × 27.508,92 = 10.453,3896 (withholding.h, method 1)
    CHECK(m.net == Money::ore(1705553));
    CHECK_FALSE(m.cap_estimated);
}

TEST_CASE("lost earnings over the cap: the year's cap, pension 10 % of it (below the former 12 % of the income)", "[lost_earnings]") {
    LostEarningsAward a = award(40000, Rate::basis_points(1200));
    a.tax_card.monthly_deduction = Money::kroner(4000);
    LostEarningsMonth m = compute(a, kBirth, ym(2024, 3), rates_2024());
    CHECK(m.reduction_amount == Money::ore(4000000));
    CHECK(m.cap == Money::ore(3524700));
    CHECK(m.capped);
    CHECK(m.benefit == Money::ore(3524700));
    CHECK(m.pension_rate == Rate::basis_points(1200));
    CHECK(m.former_pension == Money::ore(480000));  // 12 % × 40.000,00
    CHECK(m.pension == Money::ore(352470));         // 10 % × 35.247,00
    CHECK(m.am_bidrag == Money::ore(281184));  // 8 % × 35.148,00
    CHECK(m.a_skat == Money::ore(1076774));    // 38 % × (35.247 − 99 − 2.811,84 − 4.000) = 10.767,7408
    CHECK(m.net == Money::ore(2156842));
}

TEST_CASE("half-time reduction (18,5 of 37 h) halves the cap and the ATP bracket", "[lost_earnings]") {
    LostEarningsAward a = award(40000, Rate::basis_points(1000));
    a.hours_off_per_week = Hours::hundredths(1850);
    LostEarningsMonth m = compute(a, kBirth, ym(2024, 3), rates_2024());
    CHECK(m.reduction_amount == Money::ore(2000000));
    CHECK(m.cap == Money::ore(1762350));
    CHECK(m.benefit == Money::ore(1762350));
    CHECK(m.pension == Money::ore(176235));
    CHECK(m.atp_hours == Hours::hundredths(8017));  // 18,5 × 52/12 = 80,17 h: 78–116 h
    CHECK(m.atp_employee == Money::ore(6600));
    CHECK(m.am_bidrag == Money::ore(140460));  // 8 % × 17.557,50
    CHECK(m.a_skat == Money::ore(613810));     // 38 % × 16.152,90 = 6.138,102
    CHECK(m.net == Money::ore(1001480));
}

TEST_CASE("an award ends the day before the 18th birthday: the month is prorated", "[lost_earnings]") {
    Date birth = ymd(2006, 6, 15);  // support ends 14 June 2024
    LostEarningsMonth june = compute(award(31000, Rate{}), birth, ym(2024, 6), rates_2024());
    CHECK(june.days.numerator == 14);
    CHECK(june.days.denominator == 30);
    CHECK(june.benefit == Money::ore(1446667));  // 31.000 × 14/30 = 14.466,666… → 14.466,67
    CHECK(june.pension == Money{});
    CHECK(june.atp_hours == Hours::hundredths(7482));  // 160,33 h × 14/30 = 74,82 h: 39–77 h
    CHECK(june.atp_employee == Money::ore(3300));
    CHECK(june.am_bidrag == Money::ore(115469));  // 8 % × 14.433,67 = 1.154,6936
    CHECK(june.a_skat == Money::ore(504601));     // 38 % × 13.278,98 = 5.046,0124
    CHECK(june.net == Money::ore(823297));

    LostEarningsMonth july = compute(award(31000), birth, ym(2024, 7), rates_2024());
    CHECK(july.benefit == Money{});
    CHECK(july.atp_employee == Money{});
    CHECK(july.net == Money{});
}

TEST_CASE("saved costs come off the net after ATP, AM-bidrag and A-skat, tax is on the full gross", "[lost_earnings]") {
    LostEarningsAward a = award(30000, Rate::basis_points(500));
    a.monthly_saved_costs = Money::ore(125000);
    LostEarningsMonth m = compute(a, kBirth, ym(2024, 3), rates_2024());
    CHECK(m.benefit == Money::ore(3000000));       // not 28.750,00: the gross keeps the saved costs
    CHECK(m.pension == Money::ore(150000));        // min(3.000,00, 5 % × 30.000,00)
    CHECK(m.am_bidrag == Money::ore(239208));      // 8 % × 29.901,00
    CHECK(m.a_skat == Money::ore(1045339));        // 38 % × 27.508,92 = 10.453,3896 (method 1: with øre)
    CHECK(m.saved_costs == Money::ore(125000));
    CHECK(m.net == Money::ore(1580553));           // 30.000 − 99 − 2.392,08 − 10.453,39 − 1.250
    CHECK_FALSE(m.benefit_rules.empty());

    // More saved costs than the net after tax: nothing is paid, never below 0.
    a.monthly_income_before = Money::kroner(1000);
    a.monthly_saved_costs = Money::kroner(2000);
    LostEarningsMonth nothing = compute(a, kBirth, ym(2024, 3), rates_2024());
    CHECK(nothing.benefit == Money::kroner(1000));
    CHECK(nothing.am_bidrag == Money::ore(7208));  // 8 % × 901,00
    CHECK(nothing.a_skat == Money::ore(31499));    // 38 % × 828,92 = 314,9896
    CHECK(nothing.saved_costs == Money::ore(51393));  // all of 1.000 − 99 − 72,08 − 314,99
    CHECK(nothing.net == Money{});
}

TEST_CASE("the yearly cap changes from 34.055 kr (2023) to 35.247 kr (2024)", "[lost_earnings]") {
    LostEarningsAward a = award(40000);
    a.period.from = ymd(2023, 1, 1);
    CHECK(compute(a, kBirth, ym(2023, 12), rates_2023()).benefit == Money::ore(3405500));
    CHECK(compute(a, kBirth, ym(2024, 1), rates_2024()).benefit == Money::ore(3524700));  // 41.400 regulated, capped
    LostEarningsMonth dec = compute(a, kBirth, ym(2023, 12), rates_2023());
    CHECK(dec.atp_employee == Money::ore(9465));  // the 2023 ATP table
    a.hours_off_per_week = Hours::hundredths(1850);
    CHECK(compute(a, kBirth, ym(2023, 12), rates_2023()).benefit == Money::ore(1702750));
}

TEST_CASE("an estimated cap is carried into the month so the statement says so", "[lost_earnings]") {
    LostEarningsAward a = award(40000);
    LostEarningsMonth m = compute(a, kBirth, ym(2026, 2), rates_for(2026, 36671, true));
    CHECK(m.cap_estimated);
    CHECK(m.benefit == Money::ore(3667100));
    YearRates no_cap = rates_2024();
    no_cap.lost_earnings_cap.reset();
    CHECK_THROWS_AS(compute(a, kBirth, ym(2024, 2), no_cap), NotFound);
}

TEST_CASE("an award's purpose is a code from the fixed list, which has no home schooling", "[lost_earnings]") {
    // Issue 16 item 8: a keyword check let "Hjemmeskole" through. Every text
    // that is not one of the codes is refused, naming the field.
    for (const char* text : {"Hjemmeskole", "Hjemmeundervisning", "home schooling", "hjemmetræning",
                             "Pasning og træning af barnet i hjemmet", "", "HJEMMETRAENING"}) {
        INFO(text);
        try {
            award_purpose_from_text(text, "purpose");
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(e.field() == "purpose");
            CHECK(e.code() == "not_allowed");
            CHECK(std::string(e.what()).find("hjemmetraening") != std::string::npos);
        }
    }
    CHECK(award_purpose_from_text("hjemmetraening", "purpose") == AwardPurpose::home_training);
    CHECK(award_purpose_from_text("pasning", "purpose") == AwardPurpose::care_at_home);
    CHECK(award_purpose_from_text("ledsagelse", "purpose") == AwardPurpose::treatment_escort);
    for (const auto& [p, code] : codes(AwardPurpose{})) {
        CHECK(parse_award_purpose(to_string(p)) == p);
        CHECK(danish_label(p).find("undervis") == std::string::npos);
    }
}

TEST_CASE("awards from the 18th birthday or with f ≤ 0 or f > 1 are refused", "[lost_earnings]") {
    LostEarningsAward a = award(30000);
    CHECK_NOTHROW(check_lost_earnings_rules(a, kBirth));
    Date birth = ymd(2006, 6, 15);
    LostEarningsAward from_birthday = a;
    from_birthday.period = Period{ymd(2024, 6, 15), std::nullopt};
    require_refused(from_birthday, birth, "period_from");
    from_birthday.period.from = ymd(2024, 6, 14);  // the last day of support
    CHECK_NOTHROW(check_lost_earnings_rules(from_birthday, birth));

    for (std::int64_t off : {0, 3701}) {
        LostEarningsAward bad = a;
        bad.hours_off_per_week = Hours::hundredths(off);
        require_refused(bad, kBirth, "hours_off_per_week");
    }
    LostEarningsAward no_hours = a;
    no_hours.normal_weekly_hours.reset();
    require_refused(no_hours, kBirth, "normal_weekly_hours");
    CHECK_THROWS_AS(compute(no_hours, kBirth, ym(2024, 3), rates_2024()), ValidationError);

    LostEarningsAward holidays = a;
    holidays.holiday_periods = {Period{ymd(2024, 7, 1), ymd(2024, 7, 19)}, Period{ymd(2024, 7, 19), ymd(2024, 7, 26)}};
    require_refused(holidays, kBirth, "holiday_periods");  // overlapping on 19 July
    holidays.holiday_periods = {Period{ymd(2024, 7, 1), std::nullopt}};
    require_refused(holidays, kBirth, "holiday_periods");  // no end
    holidays.holiday_periods = {Period{ymd(2024, 7, 10), ymd(2024, 7, 9)}};
    require_refused(holidays, kBirth, "holiday_periods");  // ends before it starts
}

TEST_CASE("worked example of domain.md §8: June 2024, 42.000 kr, 18,5 of 37 h, former pension 8 %", "[lost_earnings]") {
    LostEarningsAward a = award(42000, Rate::basis_points(800));
    a.hours_off_per_week = Hours::hundredths(1850);
    LostEarningsMonth m = compute(a, kBirth, ym(2024, 6), rates_2024());
    CHECK(m.reduction_amount == Money::kroner(21000));
    CHECK(m.cap == Money::ore(1762350));        // 35.247 × ½
    CHECK(m.benefit == Money::ore(1762350));
    CHECK(m.former_pension == Money::kroner(1680));  // 8 % × 42.000 × ½, fixed at the award
    CHECK(m.pension == Money::kroner(1680));         // min(1.762,35, 1.680,00); hjt paid 1.409,88 before
    REQUIRE_FALSE(m.pension_rules.empty());
    CHECK(m.pension_rules.front().find("højst tidligere arbejdsgivers bidrag") != std::string::npos);
}

TEST_CASE("f uses the parent's own normal hours: 7 of 30 hours is 7/30, not 7/37", "[lost_earnings]") {
    LostEarningsAward a = award(30000);
    a.hours_off_per_week = Hours::whole(7);
    a.normal_weekly_hours = Hours::whole(30);
    LostEarningsMonth m = compute(a, kBirth, ym(2024, 3), rates_2024());
    CHECK(m.reduction.numerator == 700);
    CHECK(m.reduction.denominator == 3000);
    CHECK(m.benefit == Money::kroner(7000));   // 30.000 × 7/30 (7/37 would give 5.675,68)
    CHECK(m.cap == Money::ore(822430));        // 35.247 × 7/30 = 8.224,30
    CHECK(m.pension == Money::kroner(560));    // min(700,00, 8 % × 7.000,00)
    CHECK(m.atp_hours == Hours::hundredths(3033));  // 7 h × 52/12 = 30,33 h: under 39 h
    CHECK(m.atp_employee == Money{});
}

TEST_CASE("regulation: the income is not indexed to the start, from each 1 January the benefit is", "[lost_earnings]") {
    LostEarningsAward a = award(20000);
    a.period.from = ymd(2024, 3, 1);
    CHECK(compute(a, kBirth, ym(2024, 12), rates_2024()).benefit == Money::kroner(20000));
    LostEarningsMonth jan25 = compute(a, kBirth, ym(2025, 1), rates_for(2025, 36163, true));
    CHECK(jan25.regulated_amount == Money::kroner(20720));  // 20.000 × 1,036
    CHECK(jan25.benefit == Money::kroner(20720));
    CHECK(jan25.pension == Money::kroner(1600));            // 8 % × 20.000: fixed, not regulated
    CHECK(jan25.regulation_estimated);
    CHECK(jan25.regulation_this_year == Rate::basis_points(360));
    LostEarningsMonth jan26 = compute(a, kBirth, ym(2026, 1), rates_for(2026, 37104, true));
    CHECK(jan26.benefit == Money::ore(2171456));            // 20.720,00 × 1,048 = 21.714,56
    CHECK(jan26.pension == Money::kroner(1600));

    // The cap by its own figure: a benefit regulated past the year's cap is capped.
    LostEarningsAward high = award(36000);
    high.period.from = ymd(2024, 1, 1);
    CHECK(compute(high, kBirth, ym(2025, 2), rates_for(2025, 36163, true)).benefit == Money::kroner(36163));

    LostEarningsTerms none;
    CHECK_THROWS_AS(compute_lost_earnings(a, kBirth, ym(2025, 1), rates_for(2025, 36163, true), none), NotFound);
}

TEST_CASE("holiday pay from a former employer: those days get no benefit, the month is d/D", "[lost_earnings]") {
    LostEarningsAward a = award(30000);
    a.holiday_periods = {Period{ymd(2024, 5, 27), ymd(2024, 6, 4)}, Period{ymd(2024, 6, 10), ymd(2024, 6, 14)}};
    LostEarningsMonth june = compute(a, kBirth, ym(2024, 6), rates_2024());
    CHECK(june.holiday_days == 9);                  // 1–4 and 10–14 June
    CHECK(june.days.numerator == 21);
    CHECK(june.days.denominator == 30);
    CHECK(june.benefit == Money::kroner(21000));    // 30.000 × 21/30
    CHECK(june.pension == Money::kroner(1680));     // min(2.100,00, 8 % × 30.000 × 21/30)
    CHECK(june.atp_hours == Hours::hundredths(11223));  // 160,33 h × 21/30: 78–116 h
    CHECK(june.atp_employee == Money::kroner(66));
    CHECK(june.benefit_rules.front().find("9 dage") != std::string::npos);
    CHECK(compute(a, kBirth, ym(2024, 7), rates_2024()).benefit == Money::kroner(30000));

    LostEarningsAward whole = award(30000);
    whole.holiday_periods = {Period{ymd(2024, 6, 1), ymd(2024, 6, 30)}};
    LostEarningsMonth none = compute(whole, kBirth, ym(2024, 6), rates_2024());
    CHECK(none.benefit == Money{});
    CHECK(none.net == Money{});
}

TEST_CASE("the 1 % holiday supplement is a policy setting, off by default", "[lost_earnings]") {
    LostEarningsTerms on = terms();
    on.holiday_supplement = true;
    LostEarningsMonth m = compute_lost_earnings(award(30000), kBirth, ym(2024, 3), rates_2024(), on);
    CHECK(m.holiday_supplement == Money::kroner(300));
    CHECK(m.benefit == Money::kroner(30300));
    CHECK(compute(award(30000), kBirth, ym(2024, 3), rates_2024()).holiday_supplement == Money{});
}
