// Lost earnings (tabt arbejdsfortjeneste, Barnets Lov § 87; domain.md §8): a
// parent who cuts working hours to train the child at home is paid the lost
// income, capped by the year's monthly cap, both in proportion to the hours.
// The municipality pays it as gross A-income and withholds as an employer
// would (the payslips' own withholding rule); the pension is 10 % of the gross,
// at most what the former employer paid in kroner. Every line is computed
// exactly and rounded once.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/policy.h"
#include "domain/rates.h"
#include "domain/withholding.h"

namespace hjt {

// f = hours off work per week / the parent's own normal weekly hours.
// ValidationError on "hours_off_per_week" unless 0 < f ≤ 1 (and normal hours are more than 0).
Fraction reduction_fraction(Hours hours_off_per_week, Hours normal_weekly_hours);

// The rules of § 87 on an award itself: not starting on or after the child's
// 18th birthday (field "period_from"), the parent's normal weekly hours given
// (field "normal_weekly_hours"), 0 < f ≤ 1 (field "hours_off_per_week"),
// holiday periods closed, in order and not overlapping (field
// "holiday_periods"). ValidationError otherwise, with a Danish message. (Not
// for home schooling: the purpose is an AwardPurpose, whose list has no such
// entry.)
void check_lost_earnings_rules(const LostEarningsAward& award, Date child_birth);

// The parent's lost income a full month as awarded: income before × f,
// rounded once, before the cap and any regulation (what compute_lost_earnings
// starts from); nullopt for an award without the parent's normal hours.
std::optional<Money> awarded_monthly_reduction(const LostEarningsAward& award);

// Where an award stands on a day: not begun, in force, or over.
enum class AwardState { upcoming, running, ended };
AwardState award_state(const LostEarningsAward& award, Date on);
std::string to_string(AwardState state);  // "upcoming", "running", "ended"

// What the rates and the policy add to an award's own figures.
struct LostEarningsTerms {
    // Each year's satsreguleringsprocent, by year (rates figure "satsreguleringsprocent").
    std::map<int, RateFigure> regulation;
    // Policy lost_earnings.holiday_supplement: 1 % of the month's benefit on
    // top (off by default: only a patient organisation states it).
    bool holiday_supplement = false;
    // Policy payroll.rounding_method: the municipality withholds on the
    // benefit by the same method as the families on their helpers' pay.
    RoundingMethod rounding = RoundingMethod::with_ore;
};

// The terms as the rates and the policy give them, for the runs and the statements alike.
LostEarningsTerms lost_earnings_terms(const RateBook& rates, const Policy& policy);

// Every year's satsreguleringsprocent of the book.
std::map<int, RateFigure> regulation_series(const RateBook& book);

// One month of an award, as the parent's specification shows it.
struct LostEarningsMonth {
    Month month;
    Fraction reduction;      // f
    Fraction days;           // paid days / D: the month ∩ award ∩ up to the day before the 18th birthday, less holiday
    int holiday_days = 0;    // days of the month on holiday pay from a former employer: not paid
    Money income_before;     // documented monthly income before (never indexed)
    Money reduction_amount;  // nedsættelse: income × f (full month), as awarded
    Money regulated_amount;  // the same regulated by each satsreguleringsprocent since the award's year
    Rate regulation_this_year;      // the month's year's figure (0 in the award's own year)
    bool regulation_estimated = false;  // a figure used is an estimate: the statement says so
    Money cap;               // loft: the year's cap × f (full month)
    bool cap_estimated = false;  // the year's cap is an estimate: the statement says so
    bool capped = false;         // the cap was lower than the regulated reduction
    Money holiday_supplement;    // 1 % of the benefit when the policy says so (part of the benefit)
    Money benefit;           // ydelse (brutto): min(regulated income × f, cap × f) × d/D (+ supplement)
    Rate pension_rate;       // the former employer's rate
    Money former_pension;    // the former employer's contribution for the hours off × d/D: the pension's ceiling
    Money pension;           // min(10 % × benefit, former_pension), paid as its own line
    Hours atp_hours;         // the reduced hours paid this month, for the ATP table
    bool atp_estimated = false;  // the year's ATP table is not yet confirmed: the statement says so
    Money atp_employee;
    Money atp_employer;
    Money am_bidrag;         // on benefit − ATP
    Money a_skat;            // by the parent's tax card
    Money saved_costs;       // besparelser × d/D, taken off the net (never below 0)
    Money net;               // udbetalt til forælderen: benefit − ATP − AM − A-skat − saved costs
    // The rules of §8 that shaped this month beyond income × f, in Danish: an
    // adjustment of a month already paid names them.
    std::vector<std::string> benefit_rules;
    std::vector<std::string> pension_rules;
};

// The award's figures for month m (all zero when the award does not cover it).
// NotFound when the year has no lost-earnings cap or a year since the award's
// start has no satsreguleringsprocent; ValidationError on
// "normal_weekly_hours" when the award lacks the parent's normal hours.
LostEarningsMonth compute_lost_earnings(const LostEarningsAward& award, Date child_birth, Month m,
                                        const YearRates& rates, const LostEarningsTerms& terms);

} // namespace hjt
