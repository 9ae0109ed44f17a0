// A table on a worksheet: a header row (frozen, filtered), data rows, and a
// totals row of SUM formulas written with their cached values. The caller
// passes the cached totals (sums of the rounded lines, from integer figures),
// so the workbook shows them without recalculating.
#pragma once

#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "reports/report_workbook.h"

namespace hjt::reports {

struct TableColumn {
    std::string title;
    double width = 14;
};

class SheetTable {
public:
    SheetTable(lxw_worksheet* sheet, const SheetFormats& formats, lxw_row_t header_row, const std::vector<TableColumn>& columns);

    // Starts the next data row; the cell writers below fill it.
    void next_row() { ++row_; }
    void text(lxw_col_t column, const std::string& value);
    void figure(lxw_col_t column, Money value);
    void figure(lxw_col_t column, Hours value);
    void whole(lxw_col_t column, long long value);  // an id, a count
    void date(lxw_col_t column, Date value);         // a real date cell, dd-mm-yyyy
    void price(lxw_col_t column, std::int64_t ore100);  // an exact price (157,875)

    struct Total {
        lxw_col_t column;
        double cached;  // excel_value of the exact total
    };
    // The totals row under the data rows ("I alt" in `label_column`); a table
    // without rows gets its totals as plain numbers. Returns the totals row.
    lxw_row_t totals(lxw_col_t label_column, const std::vector<Total>& totals);

    lxw_row_t first_data_row() const { return header_row_ + 1; }
    lxw_row_t last_data_row() const { return row_; }

private:
    lxw_worksheet* sheet_;
    const SheetFormats& f_;
    lxw_row_t header_row_;
    lxw_col_t columns_;
    lxw_row_t row_;
};

} // namespace hjt::reports
