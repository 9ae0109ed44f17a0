// The helper's payslip (lønseddel, domain.md §6) as a PDF letter to the
// helper, from the same PayslipDocument the xlsx is written from
// (app/payslip_service.h). The employer is the family; the municipality
// produces the document for it, so the letterhead is the municipality's.
#pragma once

#include "reports/payslip_sheet.h"
#include "reports/statement_letter.h"

namespace hjt::reports {

Letter payslip_letter(const PayslipDocument& slip, const LetterContext& context);

} // namespace hjt::reports
