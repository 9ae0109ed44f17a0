// A family's ledger postings as stored (ledger_postings): written only by
// approving a payout run (store/payout_store), never updated or deleted.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "domain/ledger.h"

namespace hjt::store {

// Every posting of the family, oldest first.
std::vector<LedgerPosting> list_postings(soci::session& sql, Id family_id);
// Every posting of the families with ids first..last, by id: a page of families in one query.
std::vector<LedgerPosting> list_families_postings(soci::session& sql, Id first_family, Id last_family);
// The postings of every family whose month concerned lies in `year`, a page
// at a time: at most `limit` of those after posting `after_id`, by id (oldest
// first), so the auditor's export of a large year holds one page, not every posting.
std::vector<LedgerPosting> postings_of_year(soci::session& sql, int year, Id after_id, int limit);

} // namespace hjt::store
