// The payroll service's part of preparing a run (policy payroll.service,
// issue 23; domain/payout_payroll_service.h): each family's payroll dues of
// the month before the run, from its payslips (app/payslip_service.h).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "domain/payout.h"
#include "domain/payout_run.h"
#include "domain/payroll_dues.h"

namespace hjt::app {

// Nothing while the policy leaves the service off. On, it needs the payees
// (ValidationError naming payment.properties' key otherwise) and sets each
// family's payroll_dues: its payslips of the month before added up.
void add_payroll_dues(soci::session& sql, PayoutBasis& basis, const std::optional<PayrollServicePayees>& payees);

// The run sheet's payroll dues, in both modes (README "Payroll service"): for
// each of the run's families, what the run's payroll-service lines pay for it;
// for a family the run pays none for (the service off, or its a-conto did not
// cover them), what it owes itself for the month before the run, from its
// payslips as they stand when the sheet is made. Families without dues are left out.
std::vector<RunSheetDues> run_sheet_dues(soci::session& sql, const PayoutRun& run);

} // namespace hjt::app
