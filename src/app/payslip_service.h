// Payslips from stored shifts: every hour a helper worked or was sick in the
// month (by the day each shift starts) goes on the slip, rounded once to
// hundredths of an hour per kind; the month's year picks the ATP table and the
// contributions, the policy the rounding method and the open legal questions.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "domain/payslip.h"
#include "domain/policy.h"
#include "domain/rates.h"
#include "domain/tax_cards.h"
#include "reports/payslip_sheet.h"

namespace hjt::app {

struct HelperMonth {
    Family family;
    Helper helper;
    Month month;
    long long shifts = 0;
    long long minutes = 0;               // work and sick
    long long sick_minutes = 0;
    long long subsidisable_minutes = 0;
    Payslip payslip;
    bool rates_estimated = false;        // the year's ATP table is an estimate
    bool employer_figures_estimated = false;  // a contribution or the work-injury premium is estimated or missing
    TaxCardInForce tax_card;             // the card the slip withholds by (domain/tax_cards.h)
    std::optional<Money> free_left;      // a frikort's amount left after this month
};

// The payroll rules the policy sets for payslips.
PayrollRules payroll_rules(const Policy& policy);

// NotFound for an unknown helper, or a year without rates.
HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month, const RateBook& rates, const Policy& policy);
struct FamilyMonth {
    Family family;
    Month month;
    std::vector<HelperMonth> helpers;  // every helper with shifts in the month, by helper id
    Payslip totals;                    // the helpers' slips added up
    Money work_injury;                 // the month's share of the yearly work-injury premium
    bool work_injury_estimated = false;
    Money reported_withholding;        // AM-bidrag and A-skat as reported for the month (method 1 rounds the sum)
    Money employer_cost;               // the slips' employer cost + work injury
};

// NotFound for an unknown family.
FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month, const RateBook& rates, const Policy& policy);
// The month of every family with ids first..last, by id (a family without
// shifts in it: no helper's slip, its work-injury share): a page of a
// municipality's families in one query each for the families, their helpers,
// their tax cards and their helpers' shifts added up (a row a helper, not a
// row a shift), not four queries a family.
std::vector<FamilyMonth> families_payslips(soci::session& sql, Id first_family, Id last_family, Month month,
                                           const RateBook& rates, const Policy& policy);

// The document the report writers take: the CPR masked.
// The same with the stored rates and policy: what the front ends call.
HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month);
FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month);

reports::PayslipDocument payslip_document(const HelperMonth& m);
// The summary's family figures.
reports::PayrollSummary payroll_summary(const FamilyMonth& payroll);

} // namespace hjt::app
