#include "store/schema.h"

namespace hjt::store {

// The books inside the audit chain (domain.md §11, store/row_seals.h): each
// audit entry carries the digest of the rows it wrote (rows_digest) and says
// how its hash was made (mac: "" SHA-256, "hmac-sha256" keyed); audit_rows
// lists those rows, each with the hash of its canonical content, so verify
// names a posting, run line or reconciliation figure changed, deleted or
// inserted behind the program's back. No foreign key to audit_log: verify
// itself reports rows whose entry is gone.
std::vector<std::string> schema_v4() {
    return {
        "ALTER TABLE audit_log ADD COLUMN rows_digest TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE audit_log ADD COLUMN mac TEXT NOT NULL DEFAULT ''",
        "CREATE TABLE audit_rows ("
        " audit_id INTEGER NOT NULL, seq INTEGER NOT NULL, table_name TEXT NOT NULL,"
        " row_key TEXT NOT NULL, row_hash TEXT NOT NULL, PRIMARY KEY (audit_id, seq))",
    };
}

} // namespace hjt::store
