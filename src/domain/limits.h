// The documented range of every amount, rate, hours and year that hjt takes as
// input (domain.md §11), each with why. The service layer (src/app) checks them
// for the API, the CLI and imports alike: a value outside its range is a
// ValidationError naming the field, code "out_of_range", with a Danish message,
// and nothing is stored. The ranges are wide enough for every real figure and
// narrow enough that a typing error (øre typed as kroner, a year of 4294969322)
// is caught, and that sums of a whole municipality's lines stay far inside
// int64 øre (Money's arithmetic is checked as well: units.h).
#pragma once

#include <cstdint>
#include <string>

#include "domain/calendar.h"
#include "domain/units.h"

namespace hjt::limits {

template <class T>
struct Range {
    T min;
    T max;
};

// --- Money -------------------------------------------------------------------

// Any single amount: 10 mio. kr is 13 times the 2026 home-training year cap per
// child (≈ 740.000 kr), so no real figure reaches it, and a million such lines
// (10^15 øre) still sum far below int64 (9,2 · 10^18 øre).
inline constexpr Money kAmountCeiling = Money::kroner(10'000'000);

// A helper's or a grant's hourly wage: more than 0, at most 2.000 kr. The BPA
// helper level is 124–139 kr/h (domain.md §9); a wage ten times that is a typing
// error (øre typed as kroner gives 100 times).
inline constexpr Range<Money> kHourlyWage{Money::ore(1), Money::kroner(2'000)};

// An expense: more than 0, at most the home-training year cap of its year (a
// child cannot be paid more in a year, domain.md §1); kAmountCeiling when the
// year has no rate table yet. The cap is the service's to look up.
inline constexpr Money kExpenseMinimum = Money::ore(1);

// A grant's fixed monthly amount: more than 0, at most 100.000 kr a month, above
// the whole year cap spread over the months (≈ 62.000 kr).
inline constexpr Range<Money> kFixedMonthlyAmount{Money::ore(1), Money::kroner(100'000)};

// A yearly expense budget of a category: more than 0, at most kAmountCeiling.
inline constexpr Range<Money> kYearlyBudget{Money::ore(1), kAmountCeiling};

// A parent's documented monthly income before a lost-earnings award: more than
// 0, at most 500.000 kr a month (a yearly income of 6 mio. kr; the benefit is
// capped near 36.000 kr a month anyway, domain.md §9).
inline constexpr Range<Money> kMonthlyIncome{Money::ore(1), Money::kroner(500'000)};

// Monthly saved costs (transport etc.) of an award: 0 up to the income before
// (one cannot save more than one earned); the service compares the two.
// A tax card's monthly deduction (månedsfradrag): 0 to 100.000 kr; the personal
// allowance is about 4.000 kr a month.
inline constexpr Range<Money> kMonthlyDeduction{Money{}, Money::kroner(100'000)};

// The employer's on-cost per helper hour (ATP, insurance; policy
// employer_oncost_per_hour.YYYY): 0 to 500 kr. Real figures are a few kroner.
inline constexpr Range<Money> kOncostPerHour{Money{}, Money::kroner(500)};

// A rate figure in kroner (caps, ATP amounts; hjt rates set): 0 to kAmountCeiling.
inline constexpr Range<Money> kMoneyFigure{Money{}, kAmountCeiling};

// --- Hours -------------------------------------------------------------------

// Weekly hours (a grant's approved hours, a parent's normal hours, hours off):
// more than 0, at most the 168 hours a week has.
inline constexpr Range<Hours> kWeeklyHours{Hours::hundredths(1), Hours::whole(168)};

// A rate figure in hours (ATP brackets, hjt rates set): 0 to 744 hours, the
// hours of a 31-day month.
inline constexpr Range<Hours> kMonthlyHoursFigure{Hours{}, Hours::whole(744)};

// --- Rates (basis points) ------------------------------------------------------

// A percentage that is a share of something (trækprocent, a former employer's
// pension rate, holiday pay, AM-bidrag): 0 to 100 %.
inline constexpr Range<Rate> kPercentage{Rate{}, Rate::basis_points(10'000)};

// The reduction fraction f of a lost-earnings award: 0 < f ≤ 1 (domain.md §8);
// it is hours off / normal hours, both in kWeeklyHours, checked in
// domain/lost_earnings.h's reduction_fraction.

// --- Years -------------------------------------------------------------------

// Years of rate tables, payouts, reconciliations, statements and dates of
// grants, expenses, awards and shifts: 2000–2099. The scheme dates from 2000s
// legislation and the earliest rate table is 2018; a year outside is a typing
// error, and this keeps every year inside an int.
inline constexpr Range<std::int64_t> kYear{2000, 2099};

// --- Files -------------------------------------------------------------------

// A receipt (bilag) uploaded with an expense: at most 5 MB. A phone photo of a
// receipt is 1–4 MB, a scanned PDF far less; the whole file travels base64 in
// one JSON body (a third more), which must stay under hjt.http.max_body_bytes.
inline constexpr std::int64_t kMaxReceiptBytes = 5 * 1024 * 1024;

// --- Checks ------------------------------------------------------------------

// Each throws ValidationError(field, Danish message naming the range, "out_of_range").
void check(const Range<Money>& range, Money value, const std::string& field);
void check(const Range<Hours>& range, Hours value, const std::string& field);
void check(const Range<Rate>& range, Rate value, const std::string& field);
// A year as received (a JSON number, an option): checked before it is narrowed
// to an int, so 4294969322 is refused rather than cut to 2026.
int checked_year(std::int64_t year, const std::string& field);
// The year of a date (a grant's validity, an expense, a shift).
void check_date_year(Date date, const std::string& field);

} // namespace hjt::limits
