// The audit trail: every change is an entry (who, when, what, before/after),
// hash-chained: hash = SHA-256(previous hash + canonical entry), or with the
// audit key (store/audit_key.h) HMAC-SHA-256 under it, so editing or deleting
// any row breaks the chain at that row. An entry also covers the rows of the
// books it wrote (store/row_seals.h), so verify names a posting, run line or
// reconciliation figure changed, deleted or inserted outside the program;
// the chain's head kept outside the database (an anchor) catches a chain cut
// short or rewritten from the start.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "store/row_seals.h"

namespace hjt::store {

struct AuditChange {
    std::string actor;        // username (or "cli:<login>" for the command line)
    std::string action;       // create, update, add-version, approve, import, ...
    std::string entity;       // family, child, grant, payout_run, ...
    std::string entity_id;
    std::string before_json;  // "" for a creation; CPR numbers masked
    std::string after_json;   // "" for a deletion; CPR numbers masked
};

// Appends in the caller's transaction, so the change and its entry commit
// together. `written`: the sealed rows the change wrote or deleted, covered by
// this entry's hash.
Id append_audit(soci::session& sql, const AuditChange& change, const RowSeals& written = {});
// Appends many in order, many entries a statement (a final run's entry per
// family); `written` goes with the first of them.
std::vector<Id> append_audits(soci::session& sql, const std::vector<AuditChange>& changes,
                              const RowSeals& written = {});

// The newest entry: what an anchor records.
struct AuditHead {
    Id sequence = 0;        // the entry's id
    std::string hash;
    std::string at;         // when the entry was written (UTC)
    std::string mac;        // "" SHA-256, "hmac-sha256" keyed
};
std::optional<AuditHead> audit_head(soci::session& sql);

// How an entry's hash is made: "hmac-sha256" under the key, "" plain SHA-256.
inline constexpr const char* kKeyedMac = "hmac-sha256";

struct AuditVerification {
    bool ok = true;
    long long entries = 0;
    std::optional<Id> first_broken;  // id of the first entry whose hash does not match
    std::string reason;              // what is wrong with it
    // Which hash was checked: "SHA-256", or "HMAC-SHA-256" when a key is set
    // (entries written before the key was set are checked as SHA-256).
    std::string mode;
    long long keyed_entries = 0;
    long long rows_checked = 0;        // live rows of the books compared with their seals
    std::vector<std::string> findings;  // rows changed/deleted/inserted, anchor mismatches: each named
    long long more_findings = 0;        // beyond those listed
};

// Checks the chain from the first entry, then every sealed table's rows
// against the entries that wrote them, then (when given) the anchor.
AuditVerification verify_audit_chain(soci::session& sql, const std::optional<AuditHead>& anchor = std::nullopt);

} // namespace hjt::store
