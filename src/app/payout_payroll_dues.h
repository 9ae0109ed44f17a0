// The payroll service's part of preparing a run (policy payroll.service,
// issue 23; domain/payout_payroll_service.h): each family's payroll dues of
// the month before the run, from its payslips (app/payslip_service.h).
#pragma once

#include <soci/soci.h>

#include <optional>

#include "domain/payout.h"

namespace hjt::app {

// Nothing while the policy leaves the service off. On, it needs the payees
// (ValidationError naming payment.properties' key otherwise) and sets each
// family's payroll_dues: its payslips of the month before added up.
void add_payroll_dues(soci::session& sql, PayoutBasis& basis, const std::optional<PayrollServicePayees>& payees);

} // namespace hjt::app
