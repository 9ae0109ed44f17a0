// The payroll service in a run (policy payroll.service, issue 23;
// domain/line_kinds.h): the municipality pays the family's payroll dues of
// the month before for it, out of the family's a-conto.
#pragma once

#include <map>
#include <vector>

#include "domain/payout.h"
#include "domain/payroll_dues.h"

namespace hjt {

// After the family's lines are held or not: when the family has dues and its
// a-conto lines paid this run cover them, a payroll_withheld line of minus
// their total and one line per due to its payee (Skattestyrelsen, ATP,
// FerieKonto), each naming the payroll month. When they do not (no account,
// an account under verification, or too little a-conto), no line but a
// payroll_not_covered flag: the family pays its dues itself this month, and
// no authority is paid money the family was not paid.
void add_payroll_service(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags,
                         const FamilyPayoutBasis& family, const PayoutBasis& basis);

// What a run's payroll-service lines pay for each family, as its dues of the
// month before the run (the month add_payroll_service's lines name).
std::map<Id, FamilyPayrollDues> dues_paid_by_run(const std::vector<PayoutLine>& lines, Month run);

} // namespace hjt
