// The second half of audit verify (store/audit_log.h): the seals the audit
// entries carry (audit_rows) against the rows of the books as they are now.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <map>
#include <string>
#include <unordered_map>

#include "domain/entities.h"

namespace hjt::store {

struct SealsByEntry {
    // The digest of each entry's audit_rows, as store/row_seals.h seals_digest computes it.
    std::map<Id, std::string> digests;
    // What each sealed row must be now: the hash of its latest seal ("" released) and the entry that wrote it.
    struct Expected {
        std::string hash;
        Id audit_id = 0;
    };
    std::map<std::string, std::unordered_map<std::string, Expected>> rows;  // by table, then row key
};

// Reads audit_rows in entry order (the latest seal of a row wins).
SealsByEntry read_seals(soci::session& sql);

// Reports each live row that differs from its seal, each sealed row that is
// gone and each row no entry wrote. `entry` names an audit entry in a finding.
// Returns how many live rows were compared.
long long check_books(soci::session& sql, SealsByEntry& seals, const std::function<std::string(Id)>& entry,
                      const std::function<void(std::string)>& finding);

class RowSeals;

// The live rows of the books no audit entry has ever listed (written before
// schema 4, or inserted with SQL since), sealed as they are now: what the audit
// baseline covers (app/audit_baseline.h). A row the program deleted and that
// is there again is not among them: it stays a finding.
RowSeals unlisted_rows(soci::session& sql);

} // namespace hjt::store
