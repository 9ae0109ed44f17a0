#include "floor_baselines.h"

#include <malloc.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
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

// The cells of every sheet, scanned from the parts' XML as libxlsxwriter writes
// them (shared, inline and formula strings, numbers): app::read_sheet builds a
// DOM, which for a run sheet of 26,000 lines took minutes.
std::vector<Sheet> sheets_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream read;
    read << in.rdbuf();
    const std::string bytes = read.str();
    // hjt's own sheets: a run sheet at 50k families unpacks past the limit for files people upload.
    constexpr std::size_t kOwnPartBytes = std::size_t{1} << 30;
    std::vector<std::string> shared;
    const std::string strings = app::xlsx_part(bytes, "xl/sharedStrings.xml", path, kOwnPartBytes);
    for (std::size_t at = strings.find("<si>"); at != std::string::npos; at = strings.find("<si>", at + 1))
        shared.push_back(text_between(strings, at, "<t", "</t>"));
    std::vector<Sheet> sheets;
    for (int n = 1;; ++n) {
        const std::string xml =
            app::xlsx_part(bytes, "xl/worksheets/sheet" + std::to_string(n) + ".xml", path, kOwnPartBytes);
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
        sheets.push_back(std::move(cells));
    }
    return sheets;
}

void write_bare(const std::string& path, const std::vector<Sheet>& sheets) {
    // libxlsxwriter's default mode: its constant-memory mode makes a temporary
    // file a sheet, which for small workbooks such as a statement costs more
    // than the writing (measured: 20 ms a statement against 7 ms through hjt).
    lxw_workbook* book = workbook_new(path.c_str());
    for (const auto& cells : sheets) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        for (const auto& cell : cells) {
            if (cell.numeric) worksheet_write_number(sheet, cell.row, cell.column, cell.number, nullptr);
            else worksheet_write_string(sheet, cell.row, cell.column, cell.text.c_str(), nullptr);
        }
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
    std::vector<std::vector<Sheet>> cells;
    for (const auto& path : workbooks) cells.push_back(sheets_of(path));
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
