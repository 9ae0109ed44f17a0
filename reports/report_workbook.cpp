#include "reports/report_workbook.h"

#include <stdexcept>

namespace hjt::reports {

namespace {

lxw_workbook* new_workbook(const std::string& path, ReportWorkbook::Rows rows) {
    lxw_workbook_options options{};
    options.constant_memory = rows == ReportWorkbook::Rows::streamed ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    if (!book) throw std::runtime_error("cannot create " + path);
    return book;
}

} // namespace

SheetFormats::SheetFormats(lxw_workbook* book)
    : title(workbook_add_format(book)), bold(workbook_add_format(book)), header(workbook_add_format(book)),
      amount(workbook_add_format(book)), total(workbook_add_format(book)), note(workbook_add_format(book)),
      price(workbook_add_format(book)), date(workbook_add_format(book)), date_bold(workbook_add_format(book)) {
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_bold(bold);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_num_format(amount, "#,##0.00");
    format_set_num_format(total, "#,##0.00");
    format_set_bold(total);
    format_set_top(total, LXW_BORDER_THIN);
    format_set_italic(note);
    format_set_num_format(price, "#,##0.00##");
    format_set_num_format(date, "dd-mm-yyyy");
    format_set_num_format(date_bold, "dd-mm-yyyy");
    format_set_bold(date_bold);
}

ReportWorkbook::ReportWorkbook(const std::string& path, Rows rows)
    : path_(path), book_(new_workbook(path, rows)), formats(book_) {}

ReportWorkbook::~ReportWorkbook() {
    if (book_) workbook_close(book_);
}

lxw_worksheet* ReportWorkbook::add_sheet(const std::string& name, const std::string& title) {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
    if (!sheet) throw std::runtime_error("cannot add the sheet '" + name + "' to " + path_);
    if (!title.empty()) worksheet_write_string(sheet, 0, 0, title.c_str(), formats.title);
    return sheet;
}

void ReportWorkbook::close() {
    lxw_error result = workbook_close(book_);
    book_ = nullptr;
    if (result != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path_ + ": " + lxw_strerror(result));
}

lxw_datetime excel_date(Date date) {
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day())), 0, 0, 0};
}

void write_date(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, Date date, const SheetFormats& formats,
                bool bold) {
    lxw_datetime cell = excel_date(date);
    worksheet_write_datetime(sheet, row, column, &cell, bold ? formats.date_bold : formats.date);
}

void write_price(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, std::int64_t ore100, const SheetFormats& formats) {
    worksheet_write_number(sheet, row, column, static_cast<double>(ore100) / 10000, formats.price);
}

double excel_value(Money m) { return static_cast<double>(m.ore()) / 100; }
double excel_value(Hours h) { return static_cast<double>(h.hundredths()) / 100; }

std::string cell_name(lxw_row_t row, lxw_col_t column) {
    char name[32];
    lxw_rowcol_to_cell(name, row, column);
    return name;
}

std::string sum_formula(lxw_row_t first_row, lxw_col_t first_column, lxw_row_t last_row, lxw_col_t last_column) {
    return "=SUM(" + cell_name(first_row, first_column) + ":" + cell_name(last_row, last_column) + ")";
}

} // namespace hjt::reports
