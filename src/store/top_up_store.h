// Top-ups owed by final reconciliations (issue 21) and whether a run has
// taken them: a run pays a child's top-up of a year as a top_up line whose
// month concerned is December of that year; once such a line is in an
// approved run (paid, or held back and then owed), no run takes it again.
#pragma once

#include <soci/soci.h>

#include <map>
#include <string>
#include <vector>

#include "domain/payout.h"

namespace hjt::store {

// Per family: the final reconciliations' top-ups (settlement posted) that no
// top_up line of an approved or paid run has taken, by child then year.
std::map<Id, std::vector<TopUpDue>> top_ups_due(soci::session& sql);

// When an approved run pays top_up lines (not held back), the ledger, which
// holds each top-up since the year was made final (kind "top_up"), gets a
// "top_up_paid" posting of minus the line beside the line's own, so the
// family's ledger counts the top-up once. Posted with the run's id: sealed
// with its postings (store/payout_seals.h).
void post_top_ups_paid(soci::session& sql, Id run_id, const std::string& at, const std::string& by);

} // namespace hjt::store
