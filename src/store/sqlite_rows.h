// Many rows written on SQLite through SQLite's own prepared statement, for
// the few writes of tens of thousands of rows (a shift import). SOCI's bulk
// binding on SQLite does per row and per column what this does not (copying
// each value into its own holder), which made storing a month of shifts take
// twice as long as a plain C program inserting the same rows (issue 18).
// PostgreSQL writes such rows many a statement (store/batch_insert.h).
#pragma once

#include <soci/soci.h>

#include <string>
#include <string_view>

namespace sqlite_api {
struct sqlite3_stmt;  // SOCI declares SQLite's C API in this namespace
}

namespace hjt::store {

class SqliteRows {
public:
    // `statement` with one parameter per column (numbered from 1 in bind()),
    // prepared on the session's own connection, in its transaction.
    SqliteRows(soci::session& sql, const std::string& statement);
    ~SqliteRows();
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;

    void bind(int column, long long value);
    void bind(int column, std::string_view text);  // copied by SQLite: the text may go after the call
    // Writes the bound row and clears the parameters for the next. A failure
    // (a constraint) throws soci::soci_error with SQLite's message.
    void write();

private:
    void check(int code, const char* what);
    soci::session& sql_;
    sqlite_api::sqlite3_stmt* statement_ = nullptr;
};

} // namespace hjt::store
