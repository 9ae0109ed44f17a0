// Many rows into one table, a chunk of rows per statement: INSERT ... VALUES
// (...), (...), ... On PostgreSQL every statement is a round trip to the
// server, and SOCI's bulk binding (vectors) does not save them: its PostgreSQL
// backend still executes once per row. Multi-row VALUES is plain SQL on both
// backends.
#pragma once

#include <soci/soci.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/sql_dialect.h"

namespace hjt::store {

// Parameters per statement: SQLite before 3.32 allows 999, PostgreSQL 65535.
constexpr std::size_t kParametersPerStatement = 999;

// " VALUES (:v0, :v1), (:v2, :v3)" for rows × columns parameters.
std::string values_placeholders(std::size_t rows, std::size_t columns);
// "(:v0, :v1, :v2)" for `count` parameters: a row of VALUES, or an IN list.
std::string list_placeholders(std::size_t count, std::size_t first = 0);

// Writes `count` rows with `insert_into` ("INSERT INTO t (a, b)"): fill(i, row)
// sets the columns of row i. Row has `static constexpr std::size_t columns` and
// bind(soci::statement&), which exchanges one soci::use per column in the order
// of `insert_into`. written(n) is called after each chunk with the rows written so far.
template <class Row>
void insert_rows(soci::session& sql, const std::string& insert_into, std::size_t count,
                 const std::function<void(std::size_t, Row&)>& fill,
                 const std::function<void(std::size_t)>& written = {}) {
    const std::size_t per_statement = std::max<std::size_t>(1, kParametersPerStatement / Row::columns);
    // The statement binds these slots once; each chunk is copied into them.
    std::vector<Row> slots(std::min(per_statement, count));
    // Only a statement for more than one chunk is prepared for reuse (see prepare_once).
    const bool reused = count > per_statement;
    auto prepare = [&](std::size_t rows) {
        soci::statement st(sql);
        for (std::size_t i = 0; i < rows; ++i) slots[i].bind(st);
        st.alloc();
        const std::string query = insert_into + values_placeholders(rows, Row::columns);
        if (rows == per_statement && reused) st.prepare(query);
        else prepare_once(st, query);
        st.define_and_bind();
        return st;
    };
    // Full chunks share one prepared statement; the shorter last chunk has its own.
    std::optional<soci::statement> full;
    for (std::size_t done = 0; done < count;) {
        const std::size_t rows = std::min(per_statement, count - done);
        for (std::size_t i = 0; i < rows; ++i) fill(done + i, slots[i]);
        if (rows == per_statement) {
            if (!full) full.emplace(prepare(rows));
            full->execute(true);
        } else {
            prepare(rows).execute(true);
        }
        done += rows;
        if (written) written(done);
    }
}

} // namespace hjt::store
