// Payout runs, their lines and flags, and ledger postings as JSON: the form of
// the audit entries, the REST API and `hjt payout ... --json`. Conventions as
// in app/entity_json.h (money in integer øre, ISO dates and months).
#pragma once

#include <Poco/JSON/Object.h>

#include "domain/ledger.h"
#include "domain/payout_run.h"

namespace hjt::app {

// {id, month, status, prepared_by, prepared_at, approved_by, approved_at,
//  paid_by, paid_at, total, line_count, held_back (the part of total held back, owed),
//  content_hash, catch_up_months: ["YYYY-MM", ...]}
Poco::JSON::Object::Ptr to_json(const PayoutRunHeader& run);
// {family_id, child_id, kind, month_concerned, expense_id, amount, computed, capped, description,
//  award_id, withheld: {atp, am_bidrag, a_skat}, held_back, released_line_id, released_from}
// (lost-earnings lines: the award and its withholding; held_back: why it is
// not paid, "" when it is; released_*: the earlier run's held-back line it pays)
Poco::JSON::Object::Ptr to_json(const PayoutLine& line);
// {payee: "family"|"parent"|"pension", family_id, award_id, name, cvr, reg_no, account_no, iban, parent_name}
// (reg_no, account_no, iban null: no account; the payee's lines are held back)
Poco::JSON::Object::Ptr to_json(const RunPayee& payee);
// {family_id, child_id, code, message}
Poco::JSON::Object::Ptr to_json(const PayoutFlag& flag);
// The header with "lines", "flags" and "payees" arrays and "catch_up": {months, lines, total}.
Poco::JSON::Object::Ptr to_json(const PayoutRun& run);
// {id, family_id, child_id, run_id, run_month, kind, month_concerned, amount, description, posted_at, posted_by}
Poco::JSON::Object::Ptr to_json(const LedgerPosting& posting);
// {family_id, postings: [...], balance, owed: [{line_id, run_month, line}], owed_total}
// owed: lines held back by approved runs and not paid yet (store::owed_lines).
Poco::JSON::Object::Ptr ledger_json(Id family_id, const std::vector<LedgerPosting>& postings,
                                    const std::vector<OwedLine>& owed);

} // namespace hjt::app
