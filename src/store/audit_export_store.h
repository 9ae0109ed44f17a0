// The read behind the auditor's export of a year that audit_log.h does not
// offer: the year's audit entries as stored, hashes included. A plain read in
// the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "domain/entities.h"

namespace hjt::store {

struct StoredAuditEntry {
    Id id = 0;
    std::string at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash;
};

// Every audit entry written in `year` (its UTC timestamp), by id.
std::vector<StoredAuditEntry> audit_entries_of_year(soci::session& sql, int year);

} // namespace hjt::store
