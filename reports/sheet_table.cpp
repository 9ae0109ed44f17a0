#include "reports/sheet_table.h"

namespace hjt::reports {

SheetTable::SheetTable(lxw_worksheet* sheet, const SheetFormats& formats, lxw_row_t header_row,
                       const std::vector<TableColumn>& columns)
    : sheet_(sheet), f_(formats), header_row_(header_row), columns_(static_cast<lxw_col_t>(columns.size())),
      row_(header_row) {
    for (lxw_col_t c = 0; c < columns_; ++c) {
        worksheet_set_column(sheet, c, c, columns[c].width, nullptr);
        worksheet_write_string(sheet, header_row, c, columns[c].title.c_str(), f_.header);
    }
    worksheet_freeze_panes(sheet, header_row + 1, 0);
}

void SheetTable::text(lxw_col_t column, const std::string& value) {
    if (!value.empty()) worksheet_write_string(sheet_, row_, column, value.c_str(), nullptr);
}

void SheetTable::figure(lxw_col_t column, Money value) {
    worksheet_write_number(sheet_, row_, column, excel_value(value), f_.amount);
}

void SheetTable::figure(lxw_col_t column, Hours value) {
    worksheet_write_number(sheet_, row_, column, excel_value(value), f_.amount);
}

void SheetTable::whole(lxw_col_t column, long long value) {
    worksheet_write_number(sheet_, row_, column, static_cast<double>(value), nullptr);
}

void SheetTable::date(lxw_col_t column, Date value) { write_date(sheet_, row_, column, value, f_); }

void SheetTable::price(lxw_col_t column, std::int64_t ore100) { write_price(sheet_, row_, column, ore100, f_); }

lxw_row_t SheetTable::totals(lxw_col_t label_column, const std::vector<Total>& totals) {
    const lxw_row_t row = row_ + 1;
    worksheet_write_string(sheet_, row, label_column, "I alt", f_.bold);
    for (const auto& t : totals) {
        if (row_ == header_row_)
            worksheet_write_number(sheet_, row, t.column, t.cached, f_.total);
        else
            worksheet_write_formula_num(sheet_, row, t.column,
                                        sum_formula(first_data_row(), t.column, row_, t.column).c_str(), f_.total,
                                        t.cached);
    }
    if (row_ > header_row_) worksheet_autofilter(sheet_, header_row_, 0, row_, columns_ - 1);
    return row;
}

} // namespace hjt::reports
