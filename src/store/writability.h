// Whether the database can take a write now, asked without writing and
// without waiting for the write lock (a readiness probe must answer at once,
// even while an import holds the lock):
//   SQLite      not opened read-only ("?mode=ro"), the file and its folder
//               (for -wal and -shm) writable by this process, and some room
//               left on their disk;
//   PostgreSQL  not a standby (pg_is_in_recovery) and not read-only by default
//               (default_transaction_read_only).
// A write can still fail after a yes (the disk fills up meanwhile); it then
// answers 503 (app/failure_text.h).
#pragma once

#include <soci/soci.h>

#include <string>

namespace hjt::store {

struct Writability {
    bool writable = true;
    std::string reason;  // Danish, when not writable: "databasefilen er skrivebeskyttet"
};

Writability check_writable(soci::session& sql, const std::string& connection);

} // namespace hjt::store
