// Payout runs as stored: the run row, its lines and flags, and what approval
// does to the rest of the store (ledger postings, expenses marked paid).
// Plain reads and writes in the caller's transaction; the rules (four eyes,
// order of months, idempotence) live in app/payout_service.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/payout_run.h"

namespace hjt::store {

std::optional<PayoutRunHeader> find_payout_run(soci::session& sql, Month month);
std::optional<PayoutRunHeader> find_payout_run(soci::session& sql, Id run_id);
// Every run, in month order.
std::vector<PayoutRunHeader> list_payout_runs(soci::session& sql);
// The latest month whose run is approved or paid.
std::optional<Month> latest_approved_month(soci::session& sql);
// The header with its lines (in stored order), flags and payees; NotFound naming the month.
PayoutRun load_payout_run(soci::session& sql, Month month);

// SHA-256 over the lines, flags and payees in order and the catch-up months:
// the identity of a run's content, what the approver approves.
std::string content_hash(const PayoutRun& run);

// What a prepared run was computed on (see payout_runs.settled_months,
// written by settled_months_text, domain/payout_run.h).
std::string stored_settled_months(soci::session& sql, Id run_id);

// Called for each line once it is written, with how many are written of how
// many (lines go many a statement, so the calls come in bursts): progress for
// the command line, and a place where a test can throw to prove that a failure
// between lines leaves nothing behind.
using LineWritten = std::function<void(std::size_t written, std::size_t total)>;

// Writes `run` as the month's draft with its lines, flags and payees: inserts
// the run when run.header.id == 0, else replaces the draft's row, lines, flags
// and payees. Returns the run id. Rows go many a statement (store/batch_insert.h).
// A header that does not add up to the lines is InvariantBroken, nothing written.
Id store_draft_run(soci::session& sql, const PayoutRun& run, const std::string& settled_months,
                   const LineWritten& line_written = {});

// Freezes a draft: status approved, every non-zero line that is paid (not
// held back) copied to the family's ledger as an immutable posting, the run's
// expenses marked paid (a held-back expense line is settled: it is owed, and
// paid by the line that releases it). Returns how many postings were made.
long long approve_run(soci::session& sql, Id run_id, const std::string& by, const std::string& at);
void mark_run_paid(soci::session& sql, Id run_id, const std::string& by, const std::string& at);

// The held-back lines of approved runs that no approved run has paid yet, by
// family (all families, or only `family_id`); oldest run first.
std::map<Id, std::vector<OwedLine>> owed_lines(soci::session& sql, std::optional<Id> family_id = std::nullopt);

// Each family's payees as the latest approved run before `before` that has the family recorded them.
std::map<Id, std::vector<RunPayee>> last_approved_payees(soci::session& sql, Month before);

} // namespace hjt::store
