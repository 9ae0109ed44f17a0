// What a family owes for a month's payroll, to whom and by when (issue 23,
// README "eIndkomst"): shown on the family's monthly payroll summary.
//
// - Skattestyrelsen: the month's A-skat and AM-bidrag as one payment, the
//   withheld total rounded by the policy's method (reported_total), due with
//   the report: a small employer's deadline is the 10th of the following
//   month, for December 17 January, the next banking day when that day is not
//   one (info.skat.dk/data.aspx?oid=1812381; help.salary.dk "Stor eller lille
//   virksomhed"). hjt's families pay far below the "large employer" limits
//   (1 mio. kr A-skat, 250.000 kr AM-bidrag a year).
// - ATP (Samlet Betaling): the employee's and the employer's share, collected
//   per quarter on ATP's bill: hjt names the quarter, not a date (the bill's).
// - FerieKonto: the hourly paid's holiday pay less its AM-bidrag and A-skat,
//   by the month's reporting deadline (domain.md §6).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/payslip.h"
#include "domain/policy.h"

namespace hjt {

struct PayrollDue {
    std::string payee;        // "Skattestyrelsen", "ATP (Samlet Betaling)", "FerieKonto"
    std::string what;         // Danish
    Money amount;
    std::optional<Date> due;  // nullopt: as the payee's quarterly bill says
};

// What the family owes for its payroll of `month`, by payee: what
// payroll_dues lists, and what the payroll service (policy payroll.service,
// domain/payout_payroll_service.h) withholds and pays for it in the next run.
struct FamilyPayrollDues {
    Month month;
    Money tax;          // A-skat and AM-bidrag, the reported total (domain/payroll_dues.h)
    Money atp;          // employee and employer share
    Money holiday_pay;  // the hourly paid's net holiday pay, to FerieKonto
    Money total() const { return tax + atp + holiday_pay; }
};

// The dues of a month's payslips added up: the tax as reported (the withheld
// total rounded by the policy's method), ATP both shares, the net holiday pay.
FamilyPayrollDues dues_of(const Payslip& totals, Month month);

// The 10th of the month after `month` (17 January for December), moved to the
// next weekday that is not a statutory public holiday.
Date skat_deadline(Month month);

// The dues as a list by payee: Skattestyrelsen always, ATP and FerieKonto when owed.
std::vector<PayrollDue> payroll_dues(const FamilyPayrollDues& owed);

// The family's dues for the month from its helpers' slips added up.
std::vector<PayrollDue> payroll_dues(const Payslip& totals, Month month);

// A family's dues on the run sheet (README "Payroll service"): paid by the run
// for it (the payroll service on) or owed by the family itself, listed for
// information (the service off, or the a-conto did not cover them).
struct RunSheetDues {
    Id family_id = 0;
    bool paid_by_run = false;
    std::vector<PayrollDue> dues;
};

} // namespace hjt
