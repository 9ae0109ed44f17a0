#include "reports/audit_export_xlsx.h"

#include "reports/report_workbook.h"

namespace hjt::reports {
namespace {

// Excel refuses longer cell text; a long before/after JSON is cut and says so.
constexpr std::size_t kMaxCellText = 32767;
const std::string kCut = " …(afkortet)";

std::string fitted(const std::string& text) {
    if (text.size() <= kMaxCellText) return text;
    std::size_t keep = kMaxCellText - kCut.size();
    while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80) --keep;  // not inside a UTF-8 character
    return text.substr(0, keep) + kCut;
}

double shown(const Cell& c) {
    return c.type == Cell::Type::hundredths ? static_cast<double>(c.value) / 100 : static_cast<double>(c.value);
}

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& c, const SheetFormats& f, bool total) {
    lxw_format* number_format = c.type == Cell::Type::hundredths ? (total ? f.total : f.amount) : (total ? f.bold : nullptr);
    lxw_format* text_format = total ? f.bold : nullptr;
    switch (c.type) {
    case Cell::Type::empty: return;
    case Cell::Type::text:
        if (c.formula.empty())
            worksheet_write_string(sheet, row, col, fitted(c.text).c_str(), text_format);
        else
            worksheet_write_formula_str(sheet, row, col, c.formula.c_str(), text_format, c.text.c_str());
        return;
    case Cell::Type::date: write_date(sheet, row, col, c.day, f, total); return;
    case Cell::Type::integer:
    case Cell::Type::hundredths:
        if (c.formula.empty())
            worksheet_write_number(sheet, row, col, shown(c), number_format);
        else
            worksheet_write_formula_num(sheet, row, col, c.formula.c_str(), number_format, shown(c));
        return;
    }
}

void write_sheet(ReportWorkbook& book, const Sheet& s) {
    lxw_worksheet* sheet = book.add_sheet(s.name);
    const SheetFormats& f = book.formats;
    for (lxw_col_t c = 0; c < s.header.size(); ++c) {
        worksheet_write_string(sheet, 0, c, s.header[c].c_str(), f.header);
        if (c < s.widths.size()) worksheet_set_column(sheet, c, c, s.widths[c], nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t data_rows = 0, at = 1;
    auto write_row = [&](const SheetRow& row) {
        if (!row.total) data_rows = at;
        for (lxw_col_t c = 0; c < row.cells.size(); ++c) write_cell(sheet, at, c, row.cells[c], f, row.total);
        ++at;
    };
    if (s.next_row)
        for (SheetRow row; s.next_row(row);) write_row(row);
    for (const auto& row : s.rows) write_row(row);
    if (s.filter && !s.header.empty())
        worksheet_autofilter(sheet, 0, 0, data_rows, static_cast<lxw_col_t>(s.header.size() - 1));
}

} // namespace

void write_audit_export_xlsx(const std::string& path, const std::vector<Sheet>& sheets) {
    // Each sheet is written top to bottom: streamed, an export of 100,000 audit
    // entries does not hold them a second time in the workbook.
    ReportWorkbook book(path, ReportWorkbook::Rows::streamed);
    for (const auto& s : sheets) write_sheet(book, s);
    book.close();
}

} // namespace hjt::reports
