// store::RowCursor reads a long query's rows in order: on PostgreSQL through
// a server-side cursor, kCursorRows at a time, so a read longer than two
// batches and one ending exactly on a batch's end must give every row once.
#include <catch2/catch.hpp>

#include <soci/soci.h>

#include <string>
#include <vector>

#include "store/row_cursor.h"
#include "store/scratch_database.h"
#include "store/sql_dialect.h"

using namespace hjt;

namespace {

std::vector<long long> read_numbers(soci::session& sql, long long count) {
    const std::string query =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
        "i + 1 FROM n WHERE i < " +
        std::to_string(count) + ") SELECT i FROM n ORDER BY i";
    long long i = 0;
    store::RowCursor rows(sql, query, [&](soci::statement& st) { st.exchange(soci::into(i)); });
    std::vector<long long> read;
    while (rows.fetch()) read.push_back(i);
    return read;
}

std::vector<long long> one_to(long long count) {
    std::vector<long long> numbers;
    for (long long i = 1; i <= count; ++i) numbers.push_back(i);
    return numbers;
}

} // namespace

TEST_CASE("a cursor's read gives every row once, in order, past and on a batch's end", "[store][cursor]") {
    testing::ScratchConnection scratch("row_cursor");
    soci::session sql;
    store::open_session(sql, store::parse_connection(scratch.connection()));
    const long long batch = static_cast<long long>(store::RowCursor::kCursorRows);
    for (long long count : {1LL, batch, 2 * batch + 7}) {
        INFO(count << " rows");
        CHECK(read_numbers(sql, count) == one_to(count));
    }
    // Two at once in one transaction, as audit verify merges them.
    store::begin_transaction(sql, false);
    {
        long long a = 0, b = 0;
        store::RowCursor first(sql, "SELECT 1 UNION ALL SELECT 2",
                               [&](soci::statement& st) { st.exchange(soci::into(a)); });
        store::RowCursor second(sql, "SELECT 10 UNION ALL SELECT 20",
                                [&](soci::statement& st) { st.exchange(soci::into(b)); });
        REQUIRE(first.fetch());
        REQUIRE(second.fetch());
        CHECK(a + b == 11);
        REQUIRE(first.fetch());
        REQUIRE(second.fetch());
        CHECK(a + b == 22);
        CHECK_FALSE(first.fetch());
        CHECK_FALSE(second.fetch());
    }
    sql << "ROLLBACK";
}
