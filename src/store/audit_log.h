// The audit trail: every change is an entry (who, when, what, before/after),
// hash-chained: hash = SHA-256(previous hash + canonical entry), so editing or
// deleting any row breaks the chain at that row.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"

namespace hjt::store {

struct AuditChange {
    std::string actor;        // username (or "cli:<login>" for the command line)
    std::string action;       // create, update, add-version, approve, import, ...
    std::string entity;       // family, child, grant, payout_run, ...
    std::string entity_id;
    std::string before_json;  // "" for a creation; CPR numbers masked
    std::string after_json;   // "" for a deletion; CPR numbers masked
};

// Appends in the caller's transaction, so the change and its entry commit together.
Id append_audit(soci::session& sql, const AuditChange& change);
// Appends many in order, many entries a statement (a final run's entry per family).
std::vector<Id> append_audits(soci::session& sql, const std::vector<AuditChange>& changes);

struct AuditVerification {
    bool ok = true;
    long long entries = 0;
    std::optional<Id> first_broken;  // id of the first entry whose hash does not match
    std::string reason;              // what is wrong with it
};

AuditVerification verify_audit_chain(soci::session& sql);

} // namespace hjt::store
