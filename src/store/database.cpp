#include "store/database.h"

#include "store/migrations.h"
#include "store/sql_dialect.h"

namespace hjt::store {

Database::Database(const std::string& connection) : connection_(connection) {
    Connection c = parse_connection(connection);
    backend_ = c.backend;
    open_session(session_, c);
    migrate(session_);
}

void Database::in_transaction(const std::function<void(soci::session&)>& work, Mode mode) {
    run_in_transaction(session_, work, mode);
}

void run_in_transaction(soci::session& sql, const std::function<void(soci::session&)>& work, Database::Mode mode) {
    // soci::transaction only knows the plain BEGIN, so the statements are ours.
    begin_transaction(sql, mode == Database::Mode::write);
    try {
        work(sql);
        sql << "COMMIT";
    } catch (...) {
        try {
            sql << "ROLLBACK";
        } catch (const std::exception&) {
            // SQLite had already rolled back (e.g. on SQLITE_FULL); the first error is the one to report.
        }
        throw;
    }
}

int Database::schema_version() {
    int version = 0;
    soci::indicator ind;
    session_ << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
    return ind == soci::i_ok ? version : 0;
}

} // namespace hjt::store
