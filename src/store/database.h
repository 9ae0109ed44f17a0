// The embedded store: one SOCI session on SQLite in WAL mode with foreign keys
// and a busy timeout. Every write goes through a transaction; SQL uses bound
// parameters only, and stays portable so a PostgreSQL backend can follow.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <string>

namespace hjt::store {

class Database {
public:
    // Opens (creating if needed) and applies pending migrations.
    explicit Database(const std::string& path);

    soci::session& session() { return session_; }

    // write: the transaction takes the write lock when it begins (SQLite's
    // BEGIN IMMEDIATE), so two that read and then write run one after the other
    // and the second reads what the first wrote. A deferred transaction would
    // upgrade its read snapshot to a write and fail with SQLITE_BUSY once another
    // connection has committed since, which the busy timeout does not retry.
    // read: a deferred BEGIN, so readers never wait for a writer under WAL; for
    // work that only reads.
    enum class Mode { write, read };

    // Runs `work` in one transaction: committed when it returns, rolled back
    // when it throws (the exception goes on to the caller).
    void in_transaction(const std::function<void(soci::session&)>& work, Mode mode = Mode::write);

    // Highest applied migration.
    int schema_version();

private:
    soci::session session_;
};

} // namespace hjt::store
