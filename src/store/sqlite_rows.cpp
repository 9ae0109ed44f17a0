#include "store/sqlite_rows.h"

#include <soci/sqlite3/soci-sqlite3.h>

namespace hjt::store {

using namespace sqlite_api;

namespace {

sqlite3* connection_of(soci::session& sql) {
    // By name: libsoci exports no type information for a dynamic_cast.
    if (sql.get_backend_name() != "sqlite3") throw soci::soci_error("SqliteRows needs a SQLite session");
    return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
}

} // namespace

SqliteRows::SqliteRows(soci::session& sql, const std::string& statement) : sql_(sql) {
    check(sqlite3_prepare_v2(connection_of(sql), statement.c_str(), -1, &statement_, nullptr), "prepare");
}

SqliteRows::~SqliteRows() { sqlite3_finalize(statement_); }

void SqliteRows::bind(int column, long long value) {
    check(sqlite3_bind_int64(statement_, column, value), "bind");
}

void SqliteRows::bind(int column, std::string_view text) {
    check(sqlite3_bind_text(statement_, column, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT), "bind");
}

void SqliteRows::write() {
    const int code = sqlite3_step(statement_);
    sqlite3_reset(statement_);
    if (code != SQLITE_DONE) check(code, "write");
}

void SqliteRows::check(int code, const char* what) {
    if (code == SQLITE_OK || code == SQLITE_DONE) return;
    throw soci::soci_error(std::string("sqlite3 ") + what + ": " + sqlite3_errmsg(connection_of(sql_)));
}

} // namespace hjt::store
