#include "store/schema.h"

namespace hjt::store {

// Version 12: sessions that end when idle, users an admin can disable, and
// login throttling (issue 17).
std::vector<std::string> schema_v12() {
    return {
        // Sessions made before this version have no time of creation or last
        // use: they end, and their users sign in again.
        "DELETE FROM sessions",
        "ALTER TABLE sessions ADD COLUMN created_at TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sessions ADD COLUMN last_seen_at TEXT NOT NULL DEFAULT ''",
        // A user's sessions by age: the cap per user ends the oldest.
        "CREATE INDEX sessions_user ON sessions(user_id, created_at)",
        // Set when an admin disabled the user (NULL: active).
        "ALTER TABLE users ADD COLUMN disabled_at TEXT",
        // Failed logins per subject ("user:kari", "address:10.0.0.7"): how
        // many in a row, the last one, and until when the subject must wait.
        "CREATE TABLE login_failures ("
        " subject TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_failure_at TEXT NOT NULL,"
        " locked_until TEXT NOT NULL)",
    };
}

} // namespace hjt::store
