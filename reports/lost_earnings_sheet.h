// The parent's lost-earnings specification (domain.md §8) as xlsx with Danish
// labels: one month (indkomst før, nedsættelse, satsregulering, loft, ferie,
// ydelse, ATP, AM-bidrag, A-skat, besparelser, udbetalt, pension) or the
// year's overview, month by month. A month computed with an estimated cap or
// satsreguleringsprocent says so. Amounts use "#,##0.00"; sums are
// formulas written with their cached values.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/lost_earnings.h"

namespace hjt::reports {

struct LostEarningsStatement {
    std::string parent_name;
    std::string parent_cpr_masked;  // "DDMMYY-XXXX": never the full number in a file
    std::string child_name;
    TaxCard tax_card;
    Hours hours_off_per_week;
    std::optional<Hours> normal_weekly_hours;  // none: not given, nothing can be computed
    std::vector<Period> holiday_periods;       // on holiday pay from a former employer
};

// A money column of the year's overview: its title and the month's figure.
struct LostEarningsColumn {
    const char* title;
    Money LostEarningsMonth::*value;
};
// Ydelse, Pension, ATP, AM-bidrag, A-skat, Besparelser, Udbetalt: the xlsx's and the letter's columns.
std::span<const LostEarningsColumn> lost_earnings_columns();

// Throws std::runtime_error when the file cannot be written.
void write_lost_earnings_month(const std::string& path, const LostEarningsStatement& who,
                               const LostEarningsMonth& month);
// `months` in calendar order (normally the 12 months of a year).
void write_lost_earnings_year(const std::string& path, const LostEarningsStatement& who, int year,
                              const std::vector<LostEarningsMonth>& months);

} // namespace hjt::reports
