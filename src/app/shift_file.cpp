#include "app/shift_file.h"

#include "app/import_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "app/xlsx_reader.h"
#include "domain/csv.h"
#include "domain/danish_format.h"
#include "domain/shift_times.h"
#include "reports/timesheet_template.h"

namespace hjt::app {

namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string problem_text(const LineProblem& p) {
    std::string where = p.line == 0 ? "file" : "line " + std::to_string(p.line);
    return where + (p.column.empty() ? "" : ", column " + p.column) + ": " + p.reason;
}

std::string rejection_message(const std::string& source, const std::vector<LineProblem>& problems) {
    std::string message = source + " has " + std::to_string(problems.size()) +
                          (problems.size() == 1 ? " problem" : " problems") + "; nothing was imported:";
    for (const auto& p : problems) message += "\n  " + problem_text(p);
    return message;
}

std::string first_location(const std::string& source, const std::vector<LineProblem>& problems) {
    if (problems.empty() || problems.front().line == 0) return source;
    return source + ":" + std::to_string(problems.front().line);
}

// A spreadsheet cell as the text the CSV would have had: dates and times typed
// as such are day serials and fractions; text cells are taken as written.
std::string date_text(const XlsxCell& cell) {
    if (!cell.numeric) return trim_field(cell.text);
    auto d = date_of_serial(*cell.numeric);
    return d ? format_danish_date(*d) : cell.text;
}

std::string clock_text(const XlsxCell& cell) {
    if (!cell.numeric) return trim_field(cell.text);
    if (*cell.numeric < 0 || *cell.numeric > 1) return cell.text;  // not a time of day: let the parser say so
    int minute = minute_of_day_fraction(*cell.numeric);
    return minute == 24 * 60 ? "24:00" : format_clock(minute);
}

// A helper id typed into a number cell is stored as "12"; keep it whole.
std::string helper_text(const XlsxCell& cell) {
    if (cell.numeric && *cell.numeric == std::floor(*cell.numeric)) return std::to_string(static_cast<long long>(*cell.numeric));
    return trim_field(cell.text);
}

const XlsxCell* cell_at(const XlsxRow& row, int column) {
    auto it = row.cells.find(column);
    return it == row.cells.end() ? nullptr : &it->second;
}

std::string cell_text(const XlsxRow& row, int column) {
    const XlsxCell* cell = cell_at(row, column);
    return cell ? lowercase(trim_field(cell->text)) : "";
}

bool is_header(const XlsxRow& row) {
    namespace t = reports::timesheet;
    return cell_text(row, 0) == lowercase(t::date_header) && cell_text(row, 1) == lowercase(t::start_header) &&
           cell_text(row, 2) == lowercase(t::end_header);
}

} // namespace

ShiftFileRejected::ShiftFileRejected(const std::string& source, std::vector<LineProblem> problems)
    : ValidationError(first_location(source, problems), rejection_message(source, problems)),
      problems_(std::move(problems)) {}

ShiftFile read_shift_csv(std::string_view text, const std::string& source) {
    ShiftFile file{source, {}, {}};
    std::vector<CsvRow> rows;
    try {
        rows = parse_csv(text, ';', source);
    } catch (const ValidationError& e) {
        file.problems.push_back({0, "", e.what()});
        return file;
    }
    if (rows.empty()) {
        file.problems.push_back({0, "", "the file is empty (expected the header helper;date;start;end)"});
        return file;
    }
    // The English header is what `hjt generate --shifts` writes; the Danish one what people type.
    const auto& danish_names = import_format::shift_columns_danish;
    const bool danish = std::any_of(rows.front().fields.begin(), rows.front().fields.end(), [&](const std::string& f) {
        return lowercase(trim_field(f)) == danish_names.date;
    });
    const auto& c = danish ? danish_names : import_format::shift_columns_english;
    try {
        CsvHeader header(rows.front(), source, c.required(), c.optional());
        file.rows.reserve(rows.size() - 1);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const CsvRow& row = rows[i];
            file.rows.push_back({row.line, header.get(row, c.helper), header.get(row, c.date), header.get(row, c.start),
                                 header.get(row, c.end), header.get(row, c.hours), header.get(row, c.kind)});
        }
    } catch (const ValidationError& e) {
        file.problems.push_back({rows.front().line, "", e.what()});
    }
    return file;
}

ShiftFile read_shift_xlsx(const std::string& bytes, const std::string& source, const std::optional<std::string>& helper) {
    namespace t = reports::timesheet;
    ShiftFile file{source, {}, {}};
    const auto rows = read_first_sheet(bytes, source);

    std::string sheet_helper;
    std::size_t helper_line = 0;
    auto header = rows.end();
    for (auto it = rows.begin(); it != rows.end() && header == rows.end(); ++it) {
        if (is_header(*it)) header = it;
        else if (cell_text(*it, 0) == lowercase(t::helper_label) && cell_at(*it, 1)) {
            sheet_helper = helper_text(*cell_at(*it, 1));
            helper_line = it->number;
        }
    }
    if (header == rows.end()) {
        file.problems.push_back({0, "", "no header row " + t::date_header + " | " + t::start_header + " | " +
                                            t::end_header + " (is this the timesheet template?)"});
        return file;
    }
    if (helper && !sheet_helper.empty() && *helper != sheet_helper)
        file.problems.push_back({helper_line, t::helper_label,
                                 "the sheet names helper '" + sheet_helper + "' but --helper says '" + *helper + "'"});
    const std::string who = sheet_helper.empty() ? helper.value_or("") : sheet_helper;
    if (who.empty())
        file.problems.push_back({0, t::helper_label, "no helper: fill in the Hjælper cell or give --helper"});

    for (auto it = header + 1; it != rows.end(); ++it) {
        const XlsxCell* day = cell_at(*it, 0);
        const XlsxCell* start = cell_at(*it, 1);
        const XlsxCell* end = cell_at(*it, 2);
        if (!day && !start && !end) continue;
        file.rows.push_back({it->number, who, day ? date_text(*day) : "", start ? clock_text(*start) : "",
                             end ? clock_text(*end) : "", "", cell_text(*it, t::kind_column)});
    }
    return file;
}

std::string shift_csv_template() {
    const auto& c = import_format::shift_columns_danish;
    return "\xEF\xBB\xBF" + c.helper + ";" + c.date + ";" + c.start + ";" + c.end + ";" + c.kind + "\r\n";
}

ShiftFile read_shift_file(const std::string& bytes, const std::string& source, const std::optional<std::string>& helper) {
    if (bytes.rfind("PK", 0) == 0) return read_shift_xlsx(bytes, source, helper);
    return read_shift_csv(bytes, source);
}

} // namespace hjt::app
