// The auditor's export as CSV, one file per sheet, as Danish Excel opens it
// right with a double click: UTF-8 with a byte-order mark, ";" between fields,
// amounts with a decimal comma and no thousands separator ("-1234,56"),
// fields holding ";", a quote or a line break quoted (csv_record). A formula
// cell is written as its value.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "reports/audit_export_book.h"

namespace hjt::reports {

// The sheet as CSV text: the header row, then every row.
// The sheet as CSV (UTF-8 with BOM, header first), written row by row.
void write_sheet_csv(std::ostream& out, const Sheet& sheet);
std::string sheet_csv(const Sheet& sheet);

// Writes <dir>/<csv_name>.csv for each sheet (the folder is created) and
// returns the paths in sheet order. std::runtime_error when a file cannot be written.
std::vector<std::string> write_audit_export_csv(const std::string& dir, const std::vector<Sheet>& sheets);

} // namespace hjt::reports
