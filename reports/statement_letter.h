// The annual statement (årsopgørelse, domain.md §7) as a letter to the family:
// from the same AnnualStatement the xlsx is written from (app/statement_service.h),
// so the letter and the workbook show the same øre. A final statement is a
// decision: its title says so and it carries the appeal guidance; a draft or a
// year still open is a provisional statement without it.
#pragma once

#include "reports/annual_statement_sheet.h"
#include "reports/letter_layout.h"

namespace hjt::reports {

Letter statement_letter(const AnnualStatement& statement, const LetterContext& context);

} // namespace hjt::reports
