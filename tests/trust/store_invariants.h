// What must hold of a database however a process writing it ended: SQLite's
// own integrity check, the audit chain, and every payout run complete (its
// lines add up to its stored total and content hash, an approved run is on
// the ledger to the øre and audited, a draft is not).
#pragma once

#include <map>
#include <string>

#include "store/database.h"

namespace hjt::test {

// Rows per table, every table of the schema.
using RowCounts = std::map<std::string, long long>;
RowCounts row_counts(soci::session& sql);

// Catch2 checks of the above; call on a fresh connection (it recovers the WAL).
void check_store_is_sound(store::Database& db);

} // namespace hjt::test
