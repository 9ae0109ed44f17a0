// The municipality's own choices where the law leaves room (domain.md §4, §5,
// §7), read from config/policy.properties.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/units.h"
#include "domain/withholding.h"

namespace hjt {

// A day of the year the municipality adds to the holidays: day and month, and its name.
struct ExtraDay {
    unsigned day = 1;
    unsigned month = 1;
    std::string name;

    bool operator==(const ExtraDay&) const = default;
};

// The municipality's choices for repayment claims (issue 21; domain/claims.h).
struct ClaimTerms {
    int due_days = 30;               // due date = issue date + this
    int reminder_count = 2;          // reminders after the due date before hand-over
    int reminder_spacing_days = 14;  // days from the due date (or the last reminder) to the next
    int setoff_max_share_bp = 0;     // at most this share of a month's a-conto is set off (0: none)

    bool operator==(const ClaimTerms&) const = default;
};

struct Policy {
    // Subsidisable window for helper hours, minutes after midnight, Monday–Friday.
    int window_start_minute = 7 * 60;
    int window_end_minute = 16 * 60;
    // Days that are not statutory holidays but a municipality may treat as such.
    bool constitution_day_is_holiday = false;  // 5 June
    bool christmas_eve_is_holiday = false;     // 24 December
    bool new_years_eve_is_holiday = false;     // 31 December
    // Further days without subsidised helper hours (1 May, say: not a public
    // holiday by law), each with the name statements show.
    std::vector<ExtraDay> extra_days;
    // Reconciliation: pool hours over the year (default) or month by month.
    bool pool_hours_over_year = true;
    // A negative balance (eligible > received) is paid out as a top-up.
    bool pay_top_ups = true;
    // Lost earnings: a 1 % holiday supplement on the benefit (domain.md §8).
    // Off by default: only a patient organisation's page states it.
    bool lost_earnings_holiday_supplement = false;
    // Payroll (domain.md §6): Skattestyrelsen's rounding method for AM-bidrag
    // and A-skat, and the two open legal questions, named on every payslip.
    RoundingMethod rounding_method = RoundingMethod::with_ore;
    IncomeKind helper_income = IncomeKind::a_income;
    // Ferieloven § 43: a helper on at most 8 hours a week counts as household
    // help, paid wages during holiday instead of feriegodtgørelse.
    bool household_help_paid_holiday = false;
    // Payroll service (issue 23): the municipality pays each family's payroll
    // dues of the month before (A-skat + AM-bidrag, ATP, FerieKonto) on its
    // behalf out of the family's a-conto (domain/payout_payroll_service.h).
    bool payroll_service = false;
    // Repayment claims: due days, reminders, set-off share.
    ClaimTerms claims;
    // Employer ATP, insurance and similar per helper hour, by year (domain.md §4).
    std::map<int, Money> employer_oncost_per_hour;
    // Expense categories never paid (domain.md §1: courses abroad, health
    // treatments), each with the reason given when such an expense is refused.
    std::map<std::string, std::string> excluded_expense_categories = {
        {"Kursus i udlandet", "Kurser i udlandet dækkes ikke (Barnets Lov § 85)"},
        {"Behandling", "Behandlinger (fx carbogen, trykkammer) er ikke hjemmetræning og dækkes ikke (Barnets Lov § 85)"}};

    // The on-cost for a year: the nearest earlier year's figure when the year has none.
    // NotFound when the policy has no figure for that year or any earlier one.
    Money oncost_for(int year) const;
    // The reason an expense category is never paid; nullopt for a covered one.
    std::optional<std::string> expense_exclusion(const std::string& category) const;
};

// The same for any category -> reason table (compared ignoring case and
// surrounding spaces, so "behandling " is "Behandling").
std::optional<std::string> expense_exclusion(const std::map<std::string, std::string>& excluded,
                                             const std::string& category);

// The policy as key = value text: the keys and Danish values of
// config/policy.properties, which are also the rows of policy_values.
//   window.start, window.end                  "07:00", "16:00"
//   holiday.constitution_day, holiday.christmas_eve, holiday.new_years_eve   true/false
//   reconciliation.pool_hours_over_year, reconciliation.pay_top_ups          true/false
//   lost_earnings.holiday_supplement          true/false; optional (false when absent)
//   holiday.extra_days                        "01-05 1. maj; 17-09 Byfest" (may be empty)
//   payroll.rounding_method                   "1", "2" or "3" (withholding.h)
//   payroll.helper_income                     "A" or "B"
//   payroll.household_help_holiday            true/false (Ferieloven § 43)
//   payroll.service                           true/false; optional (false when absent)
//   employer_oncost_per_hour.YYYY             "6,00" (kr per helper hour)
//   expenses.excluded_categories              "Category: reason; Other: reason" (may be empty)
//   claims.due_days (1–365), claims.reminder_count (0–10), claims.reminder_spacing_days (1–90),
//   claims.setoff_max_share_bp (0–10000)      whole numbers; optional (ClaimTerms' defaults when absent)
std::map<std::string, std::string> policy_settings(const Policy& policy);
// A year's on-cost setting is named with this and the year: "employer_oncost_per_hour.2027".
inline const std::string kOncostSettingPrefix = "employer_oncost_per_hour.";
// Every key above but the optional ones is required (at least one on-cost year); unknown keys are
// refused. Errors are ValidationError naming "<where>:<key>".
Policy policy_from_settings(const std::map<std::string, std::string>& settings, const std::string& where);

} // namespace hjt
