#include "app/shift_file.h"

#include "app/import_format.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <istream>
#include <sstream>

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

// "linje 5, Hjælper: <reason>"; "filen: <reason>" for the file as a whole.
std::string problem_text(const LineProblem& p) {
    std::string where = p.line == 0 ? "filen" : "linje " + std::to_string(p.line);
    return where + (p.column.empty() ? "" : ", " + field_label(p.column, Language::da)) + ": " + p.reason;
}

// The lines are Danish whatever the reader's language, as the register import's:
// each reason is a catalogue entry rendered where it was found.
Message rejection_message(const std::string& source, const std::vector<LineProblem>& problems) {
    std::string lines;
    for (const auto& p : problems) lines += "\n  " + problem_text(p);
    return Message{MessageCode::import_problems, {std::to_string(problems.size()), source, lines}};
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

class ShiftFile::Rows {
public:
    virtual ~Rows() = default;
    // The next row; false at the end, or at a problem that ends the file (added to `problems`).
    virtual bool next(ShiftFileRow& row, std::vector<LineProblem>& problems) = 0;
    virtual long long reached() const = 0;  // ShiftFile::reached
};

namespace {

// A CSV file's rows, read from its stream as they are asked for.
class CsvShiftRows : public ShiftFile::Rows {
public:
    CsvShiftRows(std::unique_ptr<std::istream> in, const std::string& source)
        : in_(std::move(in)), reader_(*in_, ';', source) {}

    // Reads the header, first of all; the problem with it, if any (then there are no rows).
    std::optional<LineProblem> read_header(const std::string& source) {
        CsvRow header;
        try {
            if (!reader_.next(header))
                return LineProblem{0, "", "filen er tom (forventede overskriften hjælper;dato;start;slut)"};
        } catch (const ValidationError& e) {
            return LineProblem{0, "", e.what()};
        }
        // The English header is what `hjt generate --shifts` writes; the Danish one what people type.
        const auto& danish = import_format::shift_columns_danish;
        const bool is_danish = std::any_of(header.fields.begin(), header.fields.end(), [&](const std::string& f) {
            return lowercase(trim_field(f)) == danish.date;
        });
        columns_ = is_danish ? &danish : &import_format::shift_columns_english;
        try {
            header_.emplace(header, source, columns_->required(), columns_->optional());
        } catch (const ValidationError& e) {
            return LineProblem{header.line, "", e.what()};
        }
        return std::nullopt;
    }

    bool next(ShiftFileRow& out, std::vector<LineProblem>& problems) override {
        if (!header_) return false;
        try {
            if (!reader_.next(row_)) return false;
        } catch (const ValidationError& e) {  // a quote never closed: the rest cannot be read
            problems.push_back({0, "", e.what()});
            header_.reset();
            return false;
        }
        const auto& c = *columns_;
        out = {row_.line, field(c.helper), field(c.date), field(c.start), field(c.end), field(c.hours), field(c.kind)};
        return true;
    }

    long long reached() const override { return reader_.bytes_read(); }

private:
    std::string field(const std::string& column) const { return header_->get(row_, column); }

    std::unique_ptr<std::istream> in_;
    CsvReader reader_;
    CsvRow row_;
    std::optional<CsvHeader> header_;
    const import_format::ShiftColumns* columns_ = nullptr;
};

// A spreadsheet's rows: its sheet is read whole (xlsx is a zip), a timesheet of one helper.
class ListedShiftRows : public ShiftFile::Rows {
public:
    explicit ListedShiftRows(std::vector<ShiftFileRow> rows) : rows_(std::move(rows)) {}

    bool next(ShiftFileRow& row, std::vector<LineProblem>&) override {
        if (next_ == rows_.size()) return false;
        row = std::move(rows_[next_++]);
        return true;
    }

    long long reached() const override { return static_cast<long long>(next_); }

private:
    std::vector<ShiftFileRow> rows_;
    std::size_t next_ = 0;
};

} // namespace

ShiftFile::ShiftFile() = default;
ShiftFile::ShiftFile(std::string source, std::unique_ptr<Rows> rows, std::vector<LineProblem> problems, long long extent)
    : source_(std::move(source)), rows_(std::move(rows)), problems_(std::move(problems)), extent_(extent) {}
ShiftFile::ShiftFile(ShiftFile&&) noexcept = default;
ShiftFile& ShiftFile::operator=(ShiftFile&&) noexcept = default;
ShiftFile::~ShiftFile() = default;

bool ShiftFile::next(ShiftFileRow& row) { return rows_ && rows_->next(row, problems_); }

long long ShiftFile::reached() const { return rows_ ? rows_->reached() : 0; }

ShiftFile read_shift_csv(std::unique_ptr<std::istream> in, const std::string& source, long long bytes) {
    auto rows = std::make_unique<CsvShiftRows>(std::move(in), source);
    std::vector<LineProblem> problems;
    if (auto problem = rows->read_header(source)) problems.push_back(std::move(*problem));
    return ShiftFile(source, std::move(rows), std::move(problems), bytes);
}

ShiftFile read_shift_csv(std::string text, const std::string& source) {
    const auto bytes = static_cast<long long>(text.size());
    return read_shift_csv(std::make_unique<std::istringstream>(std::move(text)), source, bytes);
}

ShiftFile read_shift_xlsx(const std::string& bytes, const std::string& source, const std::optional<std::string>& helper) {
    namespace t = reports::timesheet;
    std::vector<LineProblem> problems;
    std::vector<ShiftFileRow> shifts;
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
        problems.push_back({0, "", "ingen overskriftsrække " + t::date_header + " | " + t::start_header + " | " +
                                       t::end_header + " (er det timesedlen?)"});
        return ShiftFile(source, nullptr, std::move(problems), 0);
    }
    if (helper && !sheet_helper.empty() && *helper != sheet_helper)
        problems.push_back({helper_line, t::helper_label,
                            "arket nævner hjælper '" + sheet_helper + "', men --helper siger '" + *helper + "'"});
    const std::string who = sheet_helper.empty() ? helper.value_or("") : sheet_helper;
    if (who.empty())
        problems.push_back({0, t::helper_label, "ingen hjælper: udfyld cellen Hjælper eller angiv --helper"});

    for (auto it = header + 1; it != rows.end(); ++it) {
        const XlsxCell* day = cell_at(*it, 0);
        const XlsxCell* start = cell_at(*it, 1);
        const XlsxCell* end = cell_at(*it, 2);
        if (!day && !start && !end) continue;
        shifts.push_back({it->number, who, day ? date_text(*day) : "", start ? clock_text(*start) : "",
                          end ? clock_text(*end) : "", "", cell_text(*it, t::kind_column)});
    }
    const auto count = static_cast<long long>(shifts.size());
    return ShiftFile(source, std::make_unique<ListedShiftRows>(std::move(shifts)), std::move(problems), count);
}

std::string shift_csv_template() {
    const auto& c = import_format::shift_columns_danish;
    return "\xEF\xBB\xBF" + c.helper + ";" + c.date + ";" + c.start + ";" + c.end + ";" + c.kind + "\r\n";
}

bool is_zip(std::string_view first_bytes) { return first_bytes.substr(0, 2) == "PK"; }

ShiftFile read_shift_file(std::string bytes, const std::string& source, const std::optional<std::string>& helper) {
    if (is_zip(bytes)) return read_shift_xlsx(bytes, source, helper);
    return read_shift_csv(std::move(bytes), source);
}

} // namespace hjt::app
