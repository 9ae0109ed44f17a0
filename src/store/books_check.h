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

} // namespace hjt::store
