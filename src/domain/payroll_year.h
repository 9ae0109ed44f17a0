// A helper's payroll year (issue 23, "Year-end"): the year's totals — A-income,
// A-skat, AM-bidrag, ATP, hours, holiday pay — for the helper and the family,
// tied to what was reported to eIndkomst month by month: each month's payslip
// as eIndkomst fields (eindkomst::helper_fields) against the sum of the
// month's reports (first report plus corrections). A difference is listed by
// month, group and field, never averaged away in the year's sum.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/eindkomst_report.h"
#include "domain/payslip.h"

namespace hjt {

struct PayrollMonth {
    Month month;
    Payslip slip;                   // as computed now from the stored shifts
    eindkomst::Reported reported;   // the month's reports summed, by (group, field); empty: none
};

// A field whose computed value is not what was reported for the month.
struct ReportedDifference {
    Month month;
    int group = 0;                 // 1: the wage, 2: the holiday pay (eindkomst::reported_of)
    int field = 0;                 // eIndkomst field number
    std::int64_t computed = 0;     // øre, or hundredths for a count
    std::int64_t reported = 0;
};

struct PayrollYear {
    std::vector<PayrollMonth> months;  // in order
    Payslip totals;                    // the months' slips added up (add_up)
    eindkomst::Reported computed;      // the year's eIndkomst fields as computed, by (group, field)
    eindkomst::Reported reported;      // the year's reports summed
    std::vector<ReportedDifference> differences;
    bool ties() const { return differences.empty(); }
};

PayrollYear payroll_year(std::vector<PayrollMonth> months);

// The year's fields either side has, by (group, field): computed and reported
// (an absent one is 0). What the sheet and the JSON list.
struct YearField {
    int group = 0;
    int field = 0;
    std::int64_t computed = 0;
    std::int64_t reported = 0;
};
std::vector<YearField> year_fields(const PayrollYear& year);

} // namespace hjt
