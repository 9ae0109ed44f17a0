#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/policy.h"

using namespace hjt;

namespace {

std::map<std::string, std::string> default_settings() {
    return {{"window.start", "07:00"},
            {"window.end", "16:00"},
            {"holiday.constitution_day", "true"},
            {"holiday.christmas_eve", "false"},
            {"holiday.new_years_eve", "false"},
            {"reconciliation.pool_hours_over_year", "false"},
            {"reconciliation.pay_top_ups", "true"},
            {"lost_earnings.holiday_supplement", "false"},
            {"payroll.service", "false"},
            {"employer_oncost_per_hour.2020", "5,50"},
            {"employer_oncost_per_hour.2024", "6,00"},
            {"expenses.excluded_categories", "Behandling: dækkes ikke; Kursus i udlandet: dækkes heller ikke"},
            {"holiday.extra_days", "01-05 1. maj; 17-09 Byfest"},
            {"payroll.rounding_method", "3"},
            {"payroll.helper_income", "B"},
            {"payroll.household_help_holiday", "true"},
            {"claims.due_days", "30"},
            {"claims.reminder_count", "2"},
            {"claims.reminder_spacing_days", "14"},
            {"claims.setoff_max_share_bp", "2500"}};
}

std::string refusal(const std::map<std::string, std::string>& settings) {
    try {
        policy_from_settings(settings, "policy.properties");
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "accepted";
}

std::map<std::string, std::string> with(std::string key, std::string value) {
    auto s = default_settings();
    s[key] = value;
    return s;
}

} // namespace

TEST_CASE("policy settings are read and written as the same text", "[policy]") {
    Policy p = policy_from_settings(default_settings(), "policy.properties");
    CHECK(p.window_start_minute == 7 * 60);
    CHECK(p.window_end_minute == 16 * 60);
    CHECK(p.constitution_day_is_holiday);
    CHECK_FALSE(p.christmas_eve_is_holiday);
    CHECK_FALSE(p.pool_hours_over_year);
    CHECK(p.pay_top_ups);
    CHECK(p.employer_oncost_per_hour.at(2020) == Money::ore(550));
    CHECK(p.extra_days == std::vector<ExtraDay>{{1, 5, "1. maj"}, {17, 9, "Byfest"}});
    CHECK(p.rounding_method == RoundingMethod::tens_down_kroner_up);
    CHECK(p.helper_income == IncomeKind::b_income);
    CHECK(p.household_help_paid_holiday);
    CHECK(policy_settings(p) == default_settings());
}

TEST_CASE("the lost-earnings holiday supplement is off unless set, a stored policy without it keeps the default",
          "[policy][lost_earnings]") {
    auto older = default_settings();
    older.erase("lost_earnings.holiday_supplement");
    CHECK_FALSE(policy_from_settings(older, "policy_values").lost_earnings_holiday_supplement);
    CHECK(policy_from_settings(with("lost_earnings.holiday_supplement", "true"), "p").lost_earnings_holiday_supplement);
    CHECK(refusal(with("lost_earnings.holiday_supplement", "ja")) == "policy.properties:lost_earnings.holiday_supplement");
}

TEST_CASE("the payroll policy defaults to method 1, A-income and no household help", "[policy]") {
    Policy p;
    CHECK(p.rounding_method == RoundingMethod::with_ore);
    CHECK(p.helper_income == IncomeKind::a_income);
    CHECK_FALSE(p.household_help_paid_holiday);
    CHECK(p.extra_days.empty());
}

TEST_CASE("the on-cost of a year without a figure is the nearest earlier year's", "[policy]") {
    Policy p = policy_from_settings(default_settings(), "policy.properties");
    CHECK(p.oncost_for(2020) == Money::ore(550));
    CHECK(p.oncost_for(2023) == Money::ore(550));
    CHECK(p.oncost_for(2024) == Money::ore(600));
    CHECK(p.oncost_for(2030) == Money::ore(600));
    CHECK_THROWS_AS(p.oncost_for(2019), NotFound);
}

TEST_CASE("a bad policy setting is refused, naming file:key", "[policy]") {
    CHECK(refusal(default_settings()) == "accepted");
    CHECK(refusal(with("window.start", "7:00")) == "policy.properties:window.start");
    CHECK(refusal(with("window.start", "07:60")) == "policy.properties:window.start");
    CHECK(refusal(with("window.end", "24:01")) == "policy.properties:window.end");
    CHECK(refusal(with("window.end", "07:00")) == "policy.properties:window.end");
    CHECK(refusal(with("holiday.christmas_eve", "yes")) == "policy.properties:holiday.christmas_eve");
    CHECK(refusal(with("employer_oncost_per_hour.2024", "-1,00")) == "policy.properties:employer_oncost_per_hour.2024");
    CHECK(refusal(with("employer_oncost_per_hour.24", "6,00")) == "policy.properties:employer_oncost_per_hour.24");
    CHECK(refusal(with("window.strat", "07:00")) == "policy.properties:window.strat");
    CHECK(refusal(with("payroll.rounding_method", "4")) == "policy.properties:payroll.rounding_method");
    CHECK(refusal(with("payroll.rounding_method", "")) == "policy.properties:payroll.rounding_method");
    CHECK(refusal(with("payroll.helper_income", "a")) == "policy.properties:payroll.helper_income");
    CHECK(refusal(with("payroll.household_help_holiday", "ja")) == "policy.properties:payroll.household_help_holiday");
    CHECK(refusal(with("holiday.extra_days", "1-5 1. maj")) == "policy.properties:holiday.extra_days");
    CHECK(refusal(with("holiday.extra_days", "31-02 Ingen dag")) == "policy.properties:holiday.extra_days");
    CHECK(refusal(with("holiday.extra_days", "29-02 Skuddag")) == "policy.properties:holiday.extra_days");
    CHECK(refusal(with("holiday.extra_days", "01-05")) == "policy.properties:holiday.extra_days");
    CHECK(refusal(with("holiday.extra_days", "")) == "accepted");
    auto missing = default_settings();
    missing.erase("reconciliation.pay_top_ups");
    CHECK(refusal(missing) == "policy.properties:reconciliation.pay_top_ups");
    auto no_rounding = default_settings();
    no_rounding.erase("payroll.rounding_method");
    CHECK(refusal(no_rounding) == "policy.properties:payroll.rounding_method");
    auto no_oncost = default_settings();
    no_oncost.erase("employer_oncost_per_hour.2020");
    no_oncost.erase("employer_oncost_per_hour.2024");
    CHECK(refusal(no_oncost) == "policy.properties:employer_oncost_per_hour.YYYY");
}
