// The helper's payslip (lønseddel) and the family's monthly payroll summary
// (lønoversigt) as xlsx with Danish labels. The summary holds what the family,
// as employer, reports to eIndkomst and pays: A-skat, AM-bidrag and ATP per
// helper, holiday pay to the holiday fund, the contributions collected with
// ATP, the work-injury premium, and its own cost. Both name the payroll policy
// in force (rounding method, A- or B-income, Ferieloven § 43). Amounts use
// "#,##0.00" (shown 1.234,56 in a Danish Excel); sums are formulas written
// with their cached values, so viewers that do not recalculate show them too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/payroll_dues.h"
#include "domain/payslip.h"
#include "domain/tax_cards.h"

namespace hjt::reports {

struct PayslipDocument {
    std::string employer_name;
    std::string employer_cvr;
    std::string helper_name;
    std::string helper_cpr_masked;  // "DDMMYY-XXXX": never the full number in a file
    Month month;
    TaxCardInForce tax_card;        // the card the slip withholds by
    std::optional<Money> free_left; // a frikort's amount left after the month
    Payslip payslip;
    Hours subsidisable_hours;       // for the family: the part the municipality subsidises
    bool rates_estimated = false;   // the year's ATP table is an estimate
    bool employer_figures_estimated = false;  // a contribution is estimated or missing
};

struct PayrollSummary {
    std::string employer_name;
    std::string employer_cvr;
    Month month;
    std::vector<PayslipDocument> slips;
    PayrollRules rules;
    Money work_injury;              // the month's share of the yearly premium
    bool work_injury_estimated = false;
    Money reported_withholding;     // AM-bidrag + A-skat as reported
    Money employer_cost;            // the slips' employer cost + work injury
    std::vector<PayrollDue> dues;   // what the family pays, to whom, by when (domain/payroll_dues.h)
};

// The settings in force, one Danish sentence each, as every payroll document shows them.
std::vector<std::string> payroll_policy_lines(const PayrollRules& rules);

// Throws std::runtime_error when the file cannot be written.
void write_payslip_sheet(const std::string& path, const PayslipDocument& slip);
void write_payroll_summary(const std::string& path, const PayrollSummary& summary);

} // namespace hjt::reports
