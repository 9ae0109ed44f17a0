// Lost earnings (tabt arbejdsfortjeneste, Barnets Lov § 87; domain.md §8): a
// parent who cuts working hours to train the child at home is paid the lost
// income, capped by the year's monthly cap reduced in proportion to the hours.
// The municipality pays it as gross income and withholds as an employer would.
// Every line is computed exactly and rounded once; AM-bidrag and A-skat by withhold() (withholding.h).
#pragma once

#include <string>

#include "domain/entities.h"
#include "domain/rates.h"

namespace hjt {

// f = hours off work per week / normal weekly hours. ValidationError on
// "hours_off_per_week" unless 0 < f ≤ 1 (and normal hours are more than 0).
Fraction reduction_fraction(Hours hours_off_per_week, Hours normal_weekly_hours);

// The rules of § 87 on an award itself: not starting on or after the child's
// 18th birthday (field "period_from"), 0 < f ≤ 1 (field "hours_off_per_week").
// ValidationError otherwise. (Not for home schooling: the purpose is an
// AwardPurpose, whose list has no such entry.)
void check_lost_earnings_rules(const LostEarningsAward& award, Date child_birth);

// One month of an award, as the parent's specification shows it.
struct LostEarningsMonth {
    Month month;
    Fraction reduction;      // f
    Fraction days;           // d/D: the month ∩ award ∩ up to the day before the 18th birthday
    Money income_before;     // documented monthly income before
    Money reduction_amount;  // nedsættelse: income × f (full month)
    Money cap;               // loft: the year's cap × f (full month)
    bool cap_estimated = false;  // the year's cap is an estimate: the statement says so
    bool capped = false;         // the cap was lower than the reduction
    Money saved_costs;       // subtracted from the benefit
    Money benefit;           // ydelse: min(income × f, cap × f) × d/D − saved costs, ≥ 0
    Rate pension_rate;       // min(10 %, former employer's rate)
    Money pension;           // benefit × pension rate, paid as its own line
    Hours atp_hours;         // the reduced hours paid this month, for the ATP table
    Money atp_employee;
    Money atp_employer;
    Money am_bidrag;         // 8 % × (benefit − ATP)
    Money a_skat;            // (benefit − ATP − AM − fradrag) × trækprocent, ≥ 0 (withholding.h)
    Money net;               // udbetalt til forælderen: benefit − ATP − AM − A-skat
};

// The award's figures for month m (all zero when the award does not cover it).
// NotFound when the year has no lost-earnings cap.
LostEarningsMonth compute_lost_earnings(const LostEarningsAward& award, Date child_birth, Month m,
                                        const YearRates& rates);

} // namespace hjt
