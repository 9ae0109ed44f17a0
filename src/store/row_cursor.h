// A long read in order without its whole result in memory. SQLite's statement
// steps through the rows as they are fetched; PostgreSQL's client library
// (libpq, under SOCI) receives a statement's whole result before the first
// row, so there the rows come through a server-side cursor, kCursorRows at a
// time (DECLARE ... CURSOR WITH HOLD, closed when the reader is done).
// Audit verify merges two such reads a sealed table (store/books_check.cpp):
// on PostgreSQL at 10,000 families they held 80 MB of results.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <functional>
#include <string>

namespace hjt::store {

class RowCursor {
public:
    static constexpr std::size_t kCursorRows = 1000;

    // `query`: a SELECT without parameters; `bind_into` binds the statement's outputs.
    RowCursor(soci::session& sql, const std::string& query, const std::function<void(soci::statement&)>& bind_into);
    ~RowCursor();
    RowCursor(const RowCursor&) = delete;
    RowCursor& operator=(const RowCursor&) = delete;

    // The next row into the bound outputs; false after the last.
    bool fetch();

private:
    soci::session& sql_;
    std::string cursor_;  // PostgreSQL's cursor, "" on SQLite
    soci::statement st_;
    std::size_t rows_of_batch_ = 0;
};

} // namespace hjt::store
