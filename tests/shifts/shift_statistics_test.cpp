// An import that grows the shifts by a tenth or more analyses them on
// PostgreSQL in its own transaction (store::analyse_shifts_if_grown), so the
// next query is planned for the table as it now is. PostgreSQL's row estimate
// (pg_class.reltuples) tells: -1 until a table is first analysed, then the
// rows ANALYZE counted (every row of a table this small). Autovacuum, which
// could analyse too, waits a minute between rounds: far longer than a test.
#include <catch2/catch.hpp>

#include <sstream>

#include "shift_fixture.h"
#include "store/sql_dialect.h"

using namespace hjt;
using hjt::testing::ShiftFamily;
using hjt::testing::ymd;

namespace {

// `count` shifts of `helper`, 09:00–11:00 on consecutive days from `first`.
std::string daily_shifts(const std::string& helper, Date first, int count) {
    std::ostringstream out;
    out << "helper;date;start;end\n";
    for (int i = 0; i < count; ++i)
        out << helper << ';' << date::format("%d-%m-%Y", date::sys_days{first} + date::days{i}) << ";09:00;11:00\n";
    return out.str();
}

// PostgreSQL's estimate of the shifts' rows: -1 never analysed.
double estimated_shifts(soci::session& sql) {
    double rows = 0;
    sql << "SELECT reltuples FROM pg_class WHERE oid = to_regclass('shifts')", soci::into(rows);
    return rows;
}

} // namespace

TEST_CASE("statistics: an import that grows the shifts by a tenth analyses them on PostgreSQL, a smaller one not",
          "[shifts][import][statistics]") {
    ShiftFamily f("shift_statistics");
    auto& sql = f.scratch.sql();
    if (store::backend_of(sql) == store::Backend::sqlite) {
        // SQLite plans by its indexes alone: no statistics are gathered there.
        f.import_csv(daily_shifts("H1", ymd(2026, 1, 1), 30));
        int tables = -1;
        sql << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'", soci::into(tables);
        CHECK(tables == 0);
        return;
    }
    CHECK(estimated_shifts(sql) == -1);

    f.import_csv(daily_shifts("H1", ymd(2026, 1, 1), 30));  // into an empty table
    CHECK(estimated_shifts(sql) == 30);

    f.import_csv(daily_shifts("H2", ymd(2026, 3, 1), 2));  // 2 to 30: less than a tenth
    CHECK(estimated_shifts(sql) == 30);

    f.import_csv(daily_shifts("H2", ymd(2026, 4, 1), 4));  // 4 to 32: a tenth or more
    CHECK(estimated_shifts(sql) == 36);
}
