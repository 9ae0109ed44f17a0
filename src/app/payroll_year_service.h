// A family's payroll year per helper (issue 23, "Year-end"; domain/payroll_year.h):
// the months' payslips from the stored shifts and tax cards, added up, and
// tied to the sum of the month's eIndkomst reports (store/eindkomst_store.h).
#pragma once

#include <soci/soci.h>

#include <vector>

#include "app/permissions.h"
#include "domain/payroll_year.h"
#include "reports/payroll_year_sheet.h"

namespace hjt::app {

struct HelperPayrollYear {
    Helper helper;
    PayrollYear payroll;  // the months with hours or a report
};

struct FamilyPayrollYear {
    Family family;
    int year = 0;
    std::vector<HelperPayrollYear> helpers;  // every helper with a month, by id
    bool ties() const;                       // every helper's months tie to their reports
};

// read_own_family (a family only its own: NotFound otherwise); NotFound for a
// year without rates.
FamilyPayrollYear family_payroll_year(soci::session& sql, const User& actor, Id family_id, int year);

// The documents the sheet writers take: the CPR masked.
reports::FamilyYearDocument payroll_year_document(const FamilyPayrollYear& year);

} // namespace hjt::app
