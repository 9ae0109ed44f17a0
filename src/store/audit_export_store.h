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

// The audit entries that may belong to the year's export, by id: those written
// in `year` (UTC timestamp), those whose entity id starts with the year (a
// run's month, a reconciliation's or a rate table's year) and every shift and
// expense entry (their dates are in the JSON). app/audit_export_service decides.
// A page at a time: at most `limit` of those after entry `after_id`, by id, so
// an export of a large year holds one page, not every entry.
std::vector<StoredAuditEntry> audit_entries_touching_year(soci::session& sql, int year, Id after_id, int limit);

} // namespace hjt::store
