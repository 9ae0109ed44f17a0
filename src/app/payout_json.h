// Payout runs, their lines and flags, and ledger postings as JSON: the form of
// the audit entries, the REST API and `hjt payout ... --json`. Conventions as
// in app/entity_json.h (money in integer øre, ISO dates and months).
#pragma once

#include <Poco/JSON/Object.h>

#include "domain/ledger.h"
#include "domain/payout_run.h"

namespace hjt::app {

// {id, month, status, prepared_by, prepared_at, approved_by, approved_at,
//  paid_by, paid_at, total, line_count, content_hash}
Poco::JSON::Object::Ptr to_json(const PayoutRunHeader& run);
// {family_id, child_id, kind, month_concerned, expense_id, amount, computed, capped, description,
//  award_id, withheld: {atp, am_bidrag, a_skat}} (lost-earnings lines: the award and its withholding)
Poco::JSON::Object::Ptr to_json(const PayoutLine& line);
// {family_id, child_id, code, message}
Poco::JSON::Object::Ptr to_json(const PayoutFlag& flag);
// The header with "lines" and "flags" arrays.
Poco::JSON::Object::Ptr to_json(const PayoutRun& run);
// {id, family_id, child_id, run_id, run_month, kind, month_concerned, amount, description, posted_at, posted_by}
Poco::JSON::Object::Ptr to_json(const LedgerPosting& posting);
// {family_id, postings: [...], balance}
Poco::JSON::Object::Ptr ledger_json(Id family_id, const std::vector<LedgerPosting>& postings);

} // namespace hjt::app
