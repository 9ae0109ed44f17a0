// The floors bench scale compares hjt with, measured in the same run (issue
// 18, "near the floor"): bare libxlsxwriter writing the cells of workbooks hjt
// wrote, and a plain program on SQLite's C API inserting the shifts hjt
// stored. Each returns the timing of that work alone.
#pragma once

#include <string>
#include <vector>

#include "bench.h"

namespace hjt::bench {

// Reads the cells, sheet names and charts of each workbook (not timed), then
// writes the same cells (strings as strings, numbers as numbers, no formats)
// and charts (type, titles, series) with bare libxlsxwriter in its default
// mode into `out_dir`, one file each (timed).
Timing bare_xlsx_rewrite(const std::vector<std::string>& workbooks, const std::string& out_dir);

// The shifts of `source` with ids above the largest id in `target` (a copy of
// source's database before an import) are read (not timed), then inserted
// into `target` with one prepared statement in one write transaction, with the
// pragmas hjt sets (WAL, synchronous NORMAL, foreign keys), and committed
// (timed). Returns the rows inserted through `rows`.
Timing plain_sqlite_shift_insert(const std::string& source, const std::string& target, long long& rows);

} // namespace hjt::bench
