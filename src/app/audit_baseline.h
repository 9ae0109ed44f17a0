// The audit baseline (README "Audit chain"): a database upgraded to schema 4
// or later holds rows of the books (runs, lines, payees, postings,
// reconciliation figures) written before the audit entries sealed what they
// wrote, so `audit verify` reports each as "inserted outside the program".
// The baseline seals every such row as it is now under one audit entry
// ("baseline"), so verify is clean on the upgraded database and names any
// later change, deletion or insertion of those rows like any other.
#pragma once

#include <soci/soci.h>

#include <map>
#include <string>

#include "app/auth.h"

namespace hjt::app {

struct BaselineReport {
    Id entry = 0;                             // the audit entry "baseline"
    std::map<std::string, long long> tables;  // rows sealed, by table
    long long rows = 0;
};

// Admin only (audit_baseline). Conflict, naming the entry, when a baseline
// already exists (there is one: later unlisted rows are tampering, not
// history), and when no row of the books lacks a seal (nothing to baseline).
BaselineReport seal_baseline(soci::session& sql, const User& actor);

} // namespace hjt::app
