#include "store/schema.h"

namespace hjt::store {

// Version 17: the policy as dated changes (issue 19, domain/policy_changes.h).
// policy_values stays what `hjt init` stored; every later change is a row
// here, only ever added, with its first day, its reason and who made it.
std::vector<std::string> schema_v17() {
    return {
        "CREATE TABLE policy_changes ("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL, value TEXT NOT NULL, valid_from TEXT NOT NULL,"
        " reason TEXT NOT NULL, set_by TEXT NOT NULL, set_at TEXT NOT NULL)",
        "CREATE INDEX policy_changes_from ON policy_changes(valid_from)",
    };
}

} // namespace hjt::store
