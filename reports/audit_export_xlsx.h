// The auditor's export as one workbook: each Sheet a worksheet with a bold,
// frozen header row and filters, amounts as "#,##0.00" (Excel shows 1.234,56
// in a Danish locale), totals rows bold with a rule above, and every formula
// written with its cached value so a viewer that does not recalculate shows
// the right figures.
#pragma once

#include <string>
#include <vector>

#include "reports/audit_export_book.h"

namespace hjt::reports {

// Throws std::runtime_error when the file cannot be written.
void write_audit_export_xlsx(const std::string& path, const std::vector<Sheet>& sheets);

} // namespace hjt::reports
