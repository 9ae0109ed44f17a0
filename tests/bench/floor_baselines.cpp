#include "floor_baselines.h"

#include <sqlite3.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "app/xlsx_reader.h"

namespace hjt::bench {

namespace {

using Sheet = std::vector<app::XlsxRow>;

std::vector<Sheet> sheets_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::vector<Sheet> sheets;
    for (int n = 1; !app::xlsx_part(bytes.str(), "xl/worksheets/sheet" + std::to_string(n) + ".xml", path).empty(); ++n)
        sheets.push_back(app::read_sheet(bytes.str(), n, path));
    return sheets;
}

void write_bare(const std::string& path, const std::vector<Sheet>& sheets) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    for (const auto& rows : sheets) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
        for (const auto& row : rows)
            for (const auto& [column, cell] : row.cells) {
                const auto r = static_cast<lxw_row_t>(row.number - 1);
                const auto c = static_cast<lxw_col_t>(column);
                if (cell.numeric) worksheet_write_number(sheet, r, c, *cell.numeric, nullptr);
                else worksheet_write_string(sheet, r, c, cell.text.c_str(), nullptr);
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
