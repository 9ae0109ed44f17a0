// The payroll year as xlsx (issue 23, "Year-end"; domain/payroll_year.h): for
// each helper a sheet of the months — hours, gross, ATP, AM-income, AM-bidrag,
// A-income, A-skat, net, holiday pay — with the year's totals, and under it
// the year's eIndkomst fields as computed against the sum of the months'
// reports, with any month that differs named. The family's workbook adds an
// overview sheet, one row per helper; the helper gets its own sheet alone.
#pragma once

#include <string>
#include <vector>

#include "domain/payroll_year.h"

namespace hjt::reports {

struct HelperYearDocument {
    std::string helper_name;
    std::string helper_cpr_masked;  // "DDMMYY-XXXX"
    PayrollYear payroll;
};

struct FamilyYearDocument {
    std::string employer_name;
    std::string employer_cvr;
    int year = 0;
    std::vector<HelperYearDocument> helpers;
};

// std::runtime_error when the file cannot be written.
void write_family_payroll_year(const std::string& path, const FamilyYearDocument& doc);
void write_helper_payroll_year(const std::string& path, const FamilyYearDocument& doc, std::size_t helper);

} // namespace hjt::reports
