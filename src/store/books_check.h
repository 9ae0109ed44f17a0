// The second half of audit verify (store/audit_log.h): the seals the audit
// entries carry (audit_rows) against the rows of the books as they are now.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <map>
#include <string>

#include "domain/entities.h"

namespace hjt::store {

// The digest of each entry's audit_rows, as store/row_seals.h seals_digest
// computes it, for the entries that sealed rows: audit_rows read in entry
// order, each entry's seals digested as they come.
std::map<Id, std::string> read_seal_digests(soci::session& sql);

// Reports each live row that differs from its latest seal, each sealed row
// that is gone and each row no entry wrote, table by table in key order.
// `entry` names an audit entry in a finding. Returns how many live rows were
// compared. A table's rows and its seals are read as two cursors in key order
// and merged, so memory holds a row of each, not every seal of the books.
long long check_books(soci::session& sql, const std::function<std::string(Id)>& entry,
                      const std::function<void(std::string)>& finding);

class RowSeals;

// The live rows of the books no audit entry has ever listed (written before
// schema 4, or inserted with SQL since), sealed as they are now: what the audit
// baseline covers (app/audit_baseline.h). A row the program deleted and that
// is there again is not among them: it stays a finding.
RowSeals unlisted_rows(soci::session& sql);

} // namespace hjt::store
