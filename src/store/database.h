// The store: one SOCI session on SQLite (the embedded default: WAL, foreign
// keys, a busy timeout) or PostgreSQL, chosen by the connection string
// (store/connection.h). Every write goes through a transaction; SQL uses bound
// parameters only and is the same on both, but for store/sql_dialect.h.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <string>

#include "store/connection.h"

namespace hjt::store {

class Database {
public:
    // Opens (creating if needed) and applies pending migrations. `connection`
    // is a SQLite file path or a connection string (store/connection.h).
    explicit Database(const std::string& connection);

    soci::session& session() { return session_; }
    Backend backend() const { return backend_; }
    // What it was opened with: another connection (a server's pool) opens the same database.
    const std::string& connection() const { return connection_; }

    // write: the transaction takes the write lock when it begins (SQLite's
    // BEGIN IMMEDIATE; PostgreSQL: store/sql_dialect.h), so two that read and
    // then write run one after the other and the second reads what the first
    // wrote. A deferred transaction would upgrade its read snapshot to a write
    // and fail with SQLITE_BUSY once another connection has committed since,
    // which the busy timeout does not retry.
    // read: a deferred BEGIN, so readers never wait for a writer; for work that
    // only reads.
    enum class Mode { write, read };

    // Runs `work` in one transaction: committed when it returns, rolled back
    // when it throws (the exception goes on to the caller).
    void in_transaction(const std::function<void(soci::session&)>& work, Mode mode = Mode::write);

    // Highest applied migration.
    int schema_version();

private:
    soci::session session_;
    Backend backend_;
    std::string connection_;
};

// The body of Database::in_transaction, for a bare session (migrations).
void run_in_transaction(soci::session& sql, const std::function<void(soci::session&)>& work, Database::Mode mode);

} // namespace hjt::store
