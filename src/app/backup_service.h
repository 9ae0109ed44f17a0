// Backups that restore (README "Sikkerhedskopier"). `hjt backup --out FILE`
// copies a SQLite database while `hjt serve` writes to it (store/backup_copy.h:
// one read transaction, so the copy is the database as of one commit), audited
// with the copy's chain head. `hjt backup verify FILE` checks a copy the way
// `audit verify` checks the live database and places its chain head against
// the live chain: the same, a prefix (the copy is behind by N entries) or not
// this database's history at all. PostgreSQL is backed up with pg_dump; verify
// takes the restored database's connection string.
#pragma once

#include <optional>
#include <string>

#include "app/auth.h"
#include "store/audit_log.h"
#include "store/database.h"

namespace hjt::app {

struct BackupResult {
    std::string file;
    std::optional<store::AuditHead> copy_head;  // the newest audit entry in the copy (none: an empty chain)
    Id audit_entry = 0;                         // the live entry "backup" recording the copy
};

// Admin (Operation::backup). ValidationError "--out" when the file exists, code
// "postgresql" on a PostgreSQL database (pg_dump, README). Runs outside any
// transaction of `db`'s session (VACUUM INTO cannot run inside one).
BackupResult back_up(store::Database& db, const User& actor, const std::string& out);

// Where a copy's chain head stands against the live chain.
enum class CopyStanding {
    same,       // the copy's head is the live head
    behind,     // the copy's head is an earlier live entry: the live chain has `behind_by` more
    different,  // the live chain has no entry with the copy's sequence and hash: another history
};

struct BackupCheck {
    store::AuditVerification copy;              // `audit verify` run on the copy
    std::optional<store::AuditHead> copy_head;
    std::optional<store::AuditHead> live_head;
    CopyStanding standing = CopyStanding::same;
    long long behind_by = 0;
    bool ok() const { return copy.ok && standing != CopyStanding::different; }
};

// Admin or auditor (Operation::backup_verify). `copy`: a SQLite file or a
// PostgreSQL connection string; `live`: the live database's session, read.
BackupCheck verify_backup(soci::session& live, const User& actor, const std::string& copy);

// "kopien svarer til den levende database", "kopien er 3 poster bagud", ...
std::string standing_text(const BackupCheck& check);

} // namespace hjt::app
