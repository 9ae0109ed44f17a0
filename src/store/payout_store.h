// Payout runs as stored: the run row, its lines and flags, and what approval
// does to the rest of the store (ledger postings, expenses marked paid).
// Plain reads and writes in the caller's transaction; the rules (four eyes,
// order of months, idempotence) live in app/payout_service.
#pragma once

#include <soci/soci.h>

#include <functional>
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
// The header with its lines (in stored order) and flags; NotFound naming the month.
PayoutRun load_payout_run(soci::session& sql, Month month);

// SHA-256 over the lines and flags in order: the identity of a run's content.
std::string content_hash(const std::vector<PayoutLine>& lines, const std::vector<PayoutFlag>& flags);

// What a prepared run was computed on (see payout_runs.settled_months).
std::string settled_months_text(const std::vector<Month>& approved_months);
std::string stored_settled_months(soci::session& sql, Id run_id);

// Called for each line once it is written, with how many are written of how
// many (lines go many a statement, so the calls come in bursts): progress for
// the command line, and a place where a test can throw to prove that a failure
// between lines leaves nothing behind.
using LineWritten = std::function<void(std::size_t written, std::size_t total)>;

// Writes `header` as the month's draft with `lines` and `flags`: inserts the
// run when header.id == 0, else replaces the draft's row, lines and flags.
// Returns the run id. Lines and flags go many rows a statement (store/batch_insert.h).
Id store_draft_run(soci::session& sql, const PayoutRunHeader& header, const std::string& settled_months,
                   const std::vector<PayoutLine>& lines, const std::vector<PayoutFlag>& flags,
                   const LineWritten& line_written = {});

// Freezes a draft: status approved, every non-zero line copied to the
// family's ledger as an immutable posting, the run's expenses marked paid.
// Returns how many postings were made.
long long approve_run(soci::session& sql, Id run_id, const std::string& by, const std::string& at);
void mark_run_paid(soci::session& sql, Id run_id, const std::string& by, const std::string& at);

// The families that have a line or a flag in the run (payees of the bank file, rows of the sheet).
std::vector<Family> run_families(soci::session& sql, Id run_id);

} // namespace hjt::store
