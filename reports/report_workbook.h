// What every Danish report workbook shares, so a payslip, a lost-earnings
// specification and an annual statement read alike: the workbook's life
// (created, written, closed and checked), its formats (a title, headings with
// a rule under them, amounts as "#,##0.00" (Excel shows 1.234,56 in a Danish
// locale), totals bold with a rule above, notes in italics) and the cell
// arithmetic of the SUM formulas.
#pragma once

#include <xlsxwriter.h>

#include <string>

#include "domain/calendar.h"
#include "domain/units.h"

namespace hjt::reports {

struct SheetFormats {
    lxw_format* title;
    lxw_format* bold;
    lxw_format* header;
    lxw_format* amount;  // money and hours: two decimals, grouped
    lxw_format* total;   // an amount that sums the lines above it
    lxw_format* note;
    lxw_format* price;   // an exact price: two to four decimals (157,875)
    lxw_format* date;    // a real date cell shown dd-mm-yyyy (write_date)
    lxw_format* date_bold;

    // The formats belong to `book` and live as long as it does.
    explicit SheetFormats(lxw_workbook* book);
};

// A workbook being written. std::runtime_error when it cannot be created, or
// when close() cannot write it. Destroyed unclosed (an exception is on its
// way), it is closed without a check, so no handle leaks.
class ReportWorkbook {
public:
    // Row by row: libxlsxwriter's constant-memory mode, which writes each row
    // out once a later row is begun (so every sheet must be written top to
    // bottom) and keeps strings inline: memory does not grow with the rows.
    enum class Rows { in_memory, streamed };
    explicit ReportWorkbook(const std::string& path, Rows rows = Rows::in_memory);
    ~ReportWorkbook();
    ReportWorkbook(const ReportWorkbook&) = delete;
    ReportWorkbook& operator=(const ReportWorkbook&) = delete;

    // A new sheet; a title, when given, goes in A1.
    lxw_worksheet* add_sheet(const std::string& name, const std::string& title = "");
    lxw_workbook* book() const { return book_; }
    void close();

private:
    std::string path_;
    lxw_workbook* book_;

public:
    const SheetFormats formats;
};

// Excel stores binary floating point; øre / 100 and hundredths / 100 show
// exactly with two decimals. Only a cell's value is converted, never a sum.
double excel_value(Money m);
double excel_value(Hours h);

lxw_datetime excel_date(Date date);  // midnight of the day, for worksheet_write_datetime
// A date as a real date cell (a number Excel sorts, filters and computes
// with) shown dd-mm-yyyy, never as text: every report workbook writes its
// dates through this one helper (issue 19).
void write_date(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, Date date, const SheetFormats& formats,
                bool bold = false);
// An exact price in hundredths of øre (157,875 kr) as a number with up to four decimals.
void write_price(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, std::int64_t ore100, const SheetFormats& formats);

std::string cell_name(lxw_row_t row, lxw_col_t column);  // "B7"
// "=SUM(B2:B7)"
std::string sum_formula(lxw_row_t first_row, lxw_col_t first_column, lxw_row_t last_row, lxw_col_t last_column);

} // namespace hjt::reports
