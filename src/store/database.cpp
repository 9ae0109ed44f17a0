#include "store/database.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include "store/migrations.h"

namespace hjt::store {

Database::Database(const std::string& path)
    : session_(*soci::factory_sqlite3(), "db=" + path + " timeout=30 shared_cache=false") {
    session_ << "PRAGMA journal_mode=WAL";
    session_ << "PRAGMA foreign_keys=ON";
    session_ << "PRAGMA synchronous=NORMAL";
    migrate(session_);
}

void Database::in_transaction(const std::function<void(soci::session&)>& work, Mode mode) {
    // soci::transaction only knows the deferred BEGIN, so the statements are ours.
    session_ << (mode == Mode::write ? "BEGIN IMMEDIATE" : "BEGIN");
    try {
        work(session_);
        session_ << "COMMIT";
    } catch (...) {
        try {
            session_ << "ROLLBACK";
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
