// Payslips from stored shifts: every hour a helper worked in the month (by the
// day each shift starts) goes on the slip, rounded once to hundredths of an
// hour; the month's year picks the ATP table. Other employer on-costs than ATP
// are 0 here: the family's insurance is not in the register.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "domain/payslip.h"
#include "domain/rates.h"
#include "reports/payslip_sheet.h"

namespace hjt::app {

struct HelperMonth {
    Family family;
    Helper helper;
    Month month;
    long long shifts = 0;
    long long minutes = 0;
    long long subsidisable_minutes = 0;
    Payslip payslip;
    bool rates_estimated = false;
};

// NotFound for an unknown helper, or a year without rates.
HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month, const RateBook& rates);
struct FamilyMonth {
    Family family;
    std::vector<HelperMonth> helpers;  // every helper with shifts in the month, by helper id
};

// NotFound for an unknown family.
FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month, const RateBook& rates);

// The document the report writers take: the CPR masked.
reports::PayslipDocument payslip_document(const HelperMonth& m);

} // namespace hjt::app
