// Backups (README "Backups"): a consistent copy of a SQLite database taken
// while `hjt serve` writes to it, and the copy opened again to be checked.
//
// The copy is made with SQLite's VACUUM INTO rather than the sqlite3_backup_*
// API: it is one statement through SOCI (no reaching into the backend's raw
// handle), it reads the whole database in one read transaction, so the copy is
// the database as of one commit however many writers commit meanwhile (WAL:
// they are never blocked, and the copy is never restarted as the backup API's
// stepwise copy is when another connection writes), and the file it writes is
// a compact database of its own with no WAL beside it.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "domain/entities.h"

namespace hjt::store {

// Writes the database `sql` is connected to (SQLite, outside any transaction)
// to `file`, which must not exist. On failure nothing is left at `file`.
void copy_sqlite_database(soci::session& sql, const std::string& file);

// Opens a copy to be read: a SQLite file read-only (it must exist: opening
// never creates one), or a PostgreSQL connection string as written (a database
// restored from pg_dump). No migration is applied: the copy is checked as it is.
void open_copy(soci::session& sql, const std::string& connection);

// The hash of audit entry `id`, when the chain has it.
std::optional<std::string> audit_entry_hash(soci::session& sql, Id id);
// How many audit entries come after entry `id`.
long long audit_entries_after(soci::session& sql, Id id);

} // namespace hjt::store
