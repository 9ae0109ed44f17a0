#include "store/schema.h"

namespace hjt::store {

// Version 20: the receipt (bilag) uploaded with an expense (issue 19): one per
// expense, never changed. The file is kept as base64 TEXT, the same on SQLite
// and PostgreSQL (no BLOB/bytea difference), with its SHA-256 for the auditor.
std::vector<std::string> schema_v20() {
    return {
        "CREATE TABLE expense_receipts ("
        " expense_id INTEGER PRIMARY KEY REFERENCES expenses(id), file_name TEXT NOT NULL, file_type TEXT NOT NULL,"
        " size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, content_base64 TEXT NOT NULL,"
        " uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL)",
    };
}

} // namespace hjt::store
