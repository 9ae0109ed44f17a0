#include "reports/timesheet_template.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <stdexcept>

#include "reports/report_workbook.h"

namespace hjt::reports::timesheet {

namespace {

constexpr const char* instruction =
    "Skriv én vagt pr. række: Dato som dd-mm-åååå, Start og Slut som tt:mm. Slutter vagten efter midnat, skrives "
    "sluttiden blot (fx 22:00–06:00). Art er arbejde (eller tom) eller syg: sygetimer i arbejdsgiverperioden "
    "lønnes med timelønnen. Alle vagter skal med, også efter kl. 16, i weekender og på helligdage: de "
    "skal lønnes, men kommunen giver ikke tilskud til dem. Skriv hjælperens nummer eller importnøgle ud for "
    "Hjælper. Indlæses med: hjt shifts import --family ID FIL.xlsx";

lxw_datetime as_time(int minute) { return {0, 0, 0, minute / 60 % 24, minute % 60, 0}; }

void validate(lxw_worksheet* sheet, lxw_col_t column, uint8_t type, lxw_datetime min, lxw_datetime max,
              const char* title, const char* message) {
    lxw_data_validation v{};
    v.validate = type;
    v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    v.minimum_datetime = min;
    v.maximum_datetime = max;
    v.input_title = const_cast<char*>(title);
    v.input_message = const_cast<char*>(message);
    v.error_title = const_cast<char*>(title);
    v.error_message = const_cast<char*>(message);
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    worksheet_data_validation_range(sheet, first_shift_row, column, first_shift_row + validated_rows - 1, column, &v);
}

} // namespace

void write(const std::string& path, const std::string& helper, const std::vector<Row>& rows) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book) throw std::runtime_error("cannot create " + path);
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheet_name.c_str());

    lxw_format* title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* input = workbook_add_format(book);
    format_set_bg_color(input, 0xFFF2CC);
    format_set_num_format(input, "@");
    lxw_format* date_cell = workbook_add_format(book);
    format_set_num_format(date_cell, "dd-mm-yyyy");
    lxw_format* time_cell = workbook_add_format(book);
    format_set_num_format(time_cell, "hh:mm");

    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 2, 10, nullptr);
    worksheet_set_column(sheet, 3, 3, 10, nullptr);
    worksheet_set_column(sheet, 4, 4, 40, nullptr);

    worksheet_write_string(sheet, 0, 0, "Timeseddel for hjælpetræner", title);
    worksheet_merge_range(sheet, 1, 0, 1, 4, instruction, wrap);
    worksheet_set_row(sheet, 1, 75, nullptr);
    worksheet_write_string(sheet, helper_row, 0, helper_label.c_str(), bold);
    worksheet_write_string(sheet, helper_row, 1, helper.c_str(), input);
    worksheet_write_string(sheet, header_row, 0, date_header.c_str(), header);
    worksheet_write_string(sheet, header_row, 1, start_header.c_str(), header);
    worksheet_write_string(sheet, header_row, 2, end_header.c_str(), header);
    worksheet_write_string(sheet, header_row, kind_column, kind_header.c_str(), header);
    worksheet_freeze_panes(sheet, first_shift_row, 0);

    validate(sheet, 0, LXW_VALIDATION_TYPE_DATE, {2000, 1, 1, 0, 0, 0}, {2099, 12, 31, 0, 0, 0}, "Dato",
             "En dato som dd-mm-åååå");
    validate(sheet, 1, LXW_VALIDATION_TYPE_TIME, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 23, 59, 0}, "Start",
             "Et klokkeslæt som tt:mm");
    validate(sheet, 2, LXW_VALIDATION_TYPE_TIME, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 23, 59, 0}, "Slut",
             "Et klokkeslæt som tt:mm; før Start betyder næste dag");

    // libxlsxwriter takes the list as char** but only reads it.
    char* kinds[] = {const_cast<char*>(work_word.c_str()), const_cast<char*>(sick_word.c_str()), nullptr};
    lxw_data_validation kind_rule{};
    kind_rule.validate = LXW_VALIDATION_TYPE_LIST;
    kind_rule.value_list = kinds;
    kind_rule.input_title = const_cast<char*>("Art");
    kind_rule.input_message = const_cast<char*>("arbejde eller syg; tom er arbejde");
    kind_rule.error_title = kind_rule.input_title;
    kind_rule.error_message = kind_rule.input_message;
    kind_rule.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    worksheet_data_validation_range(sheet, first_shift_row, kind_column, first_shift_row + validated_rows - 1,
                                    kind_column, &kind_rule);

    // Empty rows keep their formats, so typed dates and times show as such.
    const int row_count = std::max(validated_rows, static_cast<int>(rows.size()));
    for (int i = 0; i < row_count; ++i) {
        lxw_row_t r = static_cast<lxw_row_t>(first_shift_row + i);
        if (i < static_cast<int>(rows.size())) {
            lxw_datetime day = excel_date(rows[i].date);
            lxw_datetime start = as_time(rows[i].start_minute);
            lxw_datetime end = as_time(rows[i].end_minute);
            worksheet_write_datetime(sheet, r, 0, &day, date_cell);
            worksheet_write_datetime(sheet, r, 1, &start, time_cell);
            worksheet_write_datetime(sheet, r, 2, &end, time_cell);
            worksheet_write_string(sheet, r, kind_column, (rows[i].sick ? sick_word : work_word).c_str(), nullptr);
        } else {
            worksheet_write_blank(sheet, r, 0, date_cell);
            worksheet_write_blank(sheet, r, 1, time_cell);
            worksheet_write_blank(sheet, r, 2, time_cell);
        }
    }
    if (workbook_close(book) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
}

} // namespace hjt::reports::timesheet
