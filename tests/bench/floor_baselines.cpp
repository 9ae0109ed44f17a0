#include "floor_baselines.h"

#include <malloc.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "app/xlsx_reader.h"

namespace hjt::bench {

namespace {

// A sheet's cells as (row, column, text or number), in the order written.
struct Cell {
    lxw_row_t row;
    lxw_col_t column;
    bool numeric;
    double number;
    std::string text;
};
using Sheet = std::vector<Cell>;

std::string text_between(const std::string& xml, std::size_t from, const char* open, const char* close,
                         std::size_t* end = nullptr) {
    const std::size_t a = xml.find(open, from);
    const std::size_t start = xml.find('>', a) + 1;
    const std::size_t b = xml.find(close, start);
    if (end) *end = b;
    return xml.substr(start, b - start);
}

// "B12" -> (11, 1)
std::pair<lxw_row_t, lxw_col_t> cell_at(const std::string& ref) {
    std::size_t i = 0;
    lxw_col_t column = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) column = static_cast<lxw_col_t>(column * 26 + (ref[i] - 'A' + 1));
    return {static_cast<lxw_row_t>(std::stoul(ref.substr(i)) - 1), static_cast<lxw_col_t>(column - 1)};
}

// XML's five entities back to their characters (sheet names, formulas).
std::string unescaped(std::string text) {
    static const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, character] : entities)
        for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::strlen(entity), character);
    return text;
}

// A chart as libxlsxwriter wrote it: its type, title, value axis name and
// each series' name, categories and values as formulas ("='Sheet'!$A$5:$A$16").
struct Chart {
    uint8_t type = LXW_CHART_COLUMN;
    std::string title, value_axis;
    struct Series {
        std::string name, categories, values;
    };
    std::vector<Series> series;
    std::string sheet;  // the sheet of its first values: hjt puts a chart beside its data
};

// A workbook's sheets (names and cells) and charts, as far as the floor writes them again.
struct Book {
    std::vector<std::string> names;
    std::vector<Sheet> sheets;
    std::vector<Chart> charts;
};

// The first <c:f> formula inside `element` of the series, "=" first; "" without one.
std::string series_formula(const std::string& ser, const char* element) {
    const std::size_t at = ser.find(element);
    if (at == std::string::npos || ser.find("<c:f>", at) == std::string::npos) return "";
    return "=" + unescaped(text_between(ser, at, "<c:f", "</c:f>"));
}

Chart chart_of(const std::string& xml) {
    Chart chart;
    if (xml.find("<c:lineChart>") != std::string::npos) chart.type = LXW_CHART_LINE;
    else if (xml.find("<c:barDir val=\"bar\"/>") != std::string::npos) chart.type = LXW_CHART_BAR;
    // The chart's own title comes before its plot area; the value axis's inside <c:valAx>.
    const std::size_t title = xml.find("<c:title>");
    if (title != std::string::npos && title < xml.find("<c:plotArea>"))
        chart.title = unescaped(text_between(xml, title, "<a:t", "</a:t>"));
    const std::size_t axis = xml.find("<c:valAx>");
    const std::size_t axis_title = axis == std::string::npos ? axis : xml.find("<c:title>", axis);
    if (axis_title != std::string::npos) chart.value_axis = unescaped(text_between(xml, axis_title, "<a:t", "</a:t>"));
    for (std::size_t at = xml.find("<c:ser>"); at != std::string::npos; at = xml.find("<c:ser>", at + 1)) {
        const std::string ser = xml.substr(at, xml.find("</c:ser>", at) - at);
        chart.series.push_back(
            {series_formula(ser, "<c:tx>"), series_formula(ser, "<c:cat>"), series_formula(ser, "<c:val>")});
    }
    if (!chart.series.empty()) {
        const std::string& values = chart.series.front().values;  // "='Timer pr. måned'!$B$5:$B$16"
        std::string sheet = values.substr(1, values.rfind('!') - 1);
        if (sheet.size() > 1 && sheet.front() == '\'') sheet = sheet.substr(1, sheet.size() - 2);
        chart.sheet = sheet;
    }
    return chart;
}

// The cells of every sheet, scanned from the parts' XML as libxlsxwriter writes
// them (shared, inline and formula strings, numbers), the sheets' names and the
// charts: app::read_sheet builds a DOM, which for a run sheet of 26,000 lines took minutes.
Book book_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream read;
    read << in.rdbuf();
    const std::string bytes = read.str();
    // hjt's own sheets: a run sheet at 50k families unpacks past the limit for files people upload.
    constexpr std::size_t kOwnPartBytes = std::size_t{1} << 30;
    auto part = [&](const std::string& name) { return app::xlsx_part(bytes, name, path, kOwnPartBytes); };
    std::vector<std::string> shared;
    const std::string strings = part("xl/sharedStrings.xml");
    for (std::size_t at = strings.find("<si>"); at != std::string::npos; at = strings.find("<si>", at + 1))
        shared.push_back(text_between(strings, at, "<t", "</t>"));
    Book book;
    const std::string workbook = part("xl/workbook.xml");
    for (std::size_t at = workbook.find("<sheet "); at != std::string::npos; at = workbook.find("<sheet ", at + 1)) {
        const std::size_t name = workbook.find("name=\"", at) + 6;
        book.names.push_back(unescaped(workbook.substr(name, workbook.find('"', name) - name)));
    }
    for (int n = 1;; ++n) {
        const std::string xml = part("xl/worksheets/sheet" + std::to_string(n) + ".xml");
        if (xml.empty()) break;
        Sheet cells;
        for (std::size_t at = xml.find("<c "); at != std::string::npos; at = xml.find("<c ", at + 1)) {
            const std::size_t tag_end = xml.find('>', at);
            const std::string tag = xml.substr(at, tag_end - at);
            const std::size_t r = tag.find("r=\"") + 3;
            const auto [row, column] = cell_at(tag.substr(r, tag.find('"', r) - r));
            if (xml[tag_end - 1] == '/') continue;  // an empty, formatted cell
            const std::size_t close = xml.find("</c>", tag_end);
            const std::string body = xml.substr(tag_end + 1, close - tag_end - 1);
            Cell cell{row, column, false, 0, ""};
            if (tag.find("t=\"s\"") != std::string::npos) cell.text = shared.at(std::stoul(text_between(body, 0, "<v", "</v>")));
            else if (tag.find("t=\"inlineStr\"") != std::string::npos) cell.text = text_between(body, 0, "<t", "</t>");
            else if (tag.find("t=\"str\"") != std::string::npos) cell.text = text_between(body, 0, "<v", "</v>");
            else if (body.find("<v>") != std::string::npos) {
                cell.numeric = true;
                cell.number = std::stod(text_between(body, 0, "<v", "</v>"));
            }
            cells.push_back(std::move(cell));
        }
        book.sheets.push_back(std::move(cells));
    }
    for (int n = 1;; ++n) {
        const std::string xml = part("xl/charts/chart" + std::to_string(n) + ".xml");
        if (xml.empty()) break;
        book.charts.push_back(chart_of(xml));
    }
    return book;
}

// The same chart again, beside the cells of the sheet its values are on.
void add_chart(lxw_workbook* book, lxw_worksheet* sheet, const Chart& c) {
    lxw_chart* chart = workbook_add_chart(book, c.type);
    if (!c.title.empty()) chart_title_set_name(chart, c.title.c_str());
    if (!c.value_axis.empty()) chart_axis_set_name(chart->y_axis, c.value_axis.c_str());
    for (const auto& s : c.series) {
        lxw_chart_series* series = chart_add_series(chart, s.categories.empty() ? nullptr : s.categories.c_str(),
                                                    s.values.empty() ? nullptr : s.values.c_str());
        if (!s.name.empty()) chart_series_set_name(series, s.name.c_str());
    }
    worksheet_insert_chart(sheet, 1, 8, chart);
}

void write_bare(const std::string& path, const Book& bare) {
    // libxlsxwriter's default mode: its constant-memory mode makes a temporary
    // file a sheet, which for small workbooks such as a statement costs more
    // than the writing (measured: 20 ms a statement against 7 ms through hjt,
    // before the floor kept its heap).
    lxw_workbook* book = workbook_new(path.c_str());
    std::map<std::string, lxw_worksheet*> by_name;
    for (std::size_t i = 0; i < bare.sheets.size(); ++i) {
        const char* name = i < bare.names.size() ? bare.names[i].c_str() : nullptr;
        lxw_worksheet* sheet = workbook_add_worksheet(book, name);
        if (!sheet) throw std::runtime_error("bare libxlsxwriter could not add a sheet to " + path);
        if (name) by_name[name] = sheet;
        for (const auto& cell : bare.sheets[i]) {
            if (cell.numeric) worksheet_write_number(sheet, cell.row, cell.column, cell.number, nullptr);
            else worksheet_write_string(sheet, cell.row, cell.column, cell.text.c_str(), nullptr);
        }
    }
    for (const auto& chart : bare.charts) {
        const auto sheet = by_name.find(chart.sheet);
        if (sheet == by_name.end()) throw std::runtime_error("bare libxlsxwriter: a chart of " + path + " names no sheet");
        add_chart(book, sheet->second, chart);
    }
    if (workbook_close(book) != LXW_NO_ERROR) throw std::runtime_error("bare libxlsxwriter could not write " + path);
}

void check(sqlite3* db, int code, const char* what) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        throw std::runtime_error(std::string("plain sqlite3 ") + what + ": " + sqlite3_errmsg(db));
}

void exec(sqlite3* db, const char* statement) { check(db, sqlite3_exec(db, statement, nullptr, nullptr, nullptr), statement); }

long long largest_id(sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    check(db, sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(id), 0) FROM shifts", -1, &st, nullptr), "prepare");
    check(db, sqlite3_step(st), "step");
    const long long id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return id;
}

// A stored shift's columns but its id: integers, and text kept as bytes.
struct PlainShift {
    long long ints[6];  // helper_id, family_id, start_min, end_min, minutes, subsidisable_minutes
    std::string texts[5];  // work_date, start_time, end_time, excluded, kind
};

} // namespace

Timing bare_xlsx_rewrite(const std::vector<std::string>& workbooks, const std::string& out_dir) {
    std::vector<Book> cells;
    for (const auto& path : workbooks) cells.push_back(book_of(path));
    std::filesystem::create_directories(out_dir);
    // A floor is the least the writing can cost. In a process just forked,
    // glibc gave the heap back to the kernel after every workbook and took it
    // again for the next (brk, a TLB flush, zeroed pages): 10 ms a statement
    // against 1.4 ms in the bench's own process. Heap kept, as a careful C
    // program would keep it.
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    return timed([&] {
        for (std::size_t i = 0; i < cells.size(); ++i)
            write_bare((std::filesystem::path(out_dir) / ("bare-" + std::to_string(i) + ".xlsx")).string(), cells[i]);
    });
}

Timing plain_sqlite_shift_insert(const std::string& source, const std::string& target, long long& rows) {
    sqlite3* to = nullptr;
    sqlite3* from = nullptr;
    if (sqlite3_open(target.c_str(), &to) != SQLITE_OK || sqlite3_open_v2(source.c_str(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw std::runtime_error("plain sqlite3: cannot open the databases");
    std::vector<PlainShift> shifts;
    sqlite3_stmt* read = nullptr;
    check(from, sqlite3_prepare_v2(from,
                                   "SELECT helper_id, family_id, start_min, end_min, minutes, subsidisable_minutes,"
                                   " work_date, start_time, end_time, excluded, kind FROM shifts WHERE id > ? ORDER BY id",
                                   -1, &read, nullptr),
          "prepare");
    sqlite3_bind_int64(read, 1, largest_id(to));
    while (sqlite3_step(read) == SQLITE_ROW) {
        PlainShift s;
        for (int i = 0; i < 6; ++i) s.ints[i] = sqlite3_column_int64(read, i);
        for (int i = 0; i < 5; ++i) s.texts[i] = reinterpret_cast<const char*>(sqlite3_column_text(read, 6 + i));
        shifts.push_back(std::move(s));
    }
    sqlite3_finalize(read);
    sqlite3_close(from);
    rows = static_cast<long long>(shifts.size());
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) exec(to, pragma);
    const Timing t = timed([&] {
        exec(to, "BEGIN IMMEDIATE");
        sqlite3_stmt* insert = nullptr;
        check(to, sqlite3_prepare_v2(to,
                                     "INSERT INTO shifts (helper_id, family_id, start_min, end_min, minutes,"
                                     " subsidisable_minutes, work_date, start_time, end_time, excluded, kind)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                     -1, &insert, nullptr),
              "prepare");
        for (const auto& s : shifts) {
            for (int i = 0; i < 6; ++i) sqlite3_bind_int64(insert, i + 1, s.ints[i]);
            for (int i = 0; i < 5; ++i)
                sqlite3_bind_text(insert, 7 + i, s.texts[i].data(), static_cast<int>(s.texts[i].size()), SQLITE_STATIC);
            check(to, sqlite3_step(insert), "insert");
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        exec(to, "COMMIT");
    });
    sqlite3_close(to);
    return t;
}

} // namespace hjt::bench
