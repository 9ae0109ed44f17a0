// A month's payout run as stored: drafted, approved (frozen as reviewed and
// posted to the ledger) and marked paid, with its lines and flags.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/payout.h"
#include "domain/statuses.h"

namespace hjt {

inline std::optional<RunStatus> parse_run_status(const std::string& text) { return parse_code<RunStatus>(text); }

struct PayoutRunHeader {
    Id id = 0;
    Month month;
    RunStatus status = RunStatus::draft;
    std::string prepared_by;
    std::string prepared_at;
    std::optional<std::string> approved_by;
    std::optional<std::string> approved_at;
    std::optional<std::string> paid_by;
    std::optional<std::string> paid_at;
    Money total;
    long long line_count = 0;
    Money held_back;  // the part of `total` in held-back lines: owed, not paid, not posted
    // SHA-256 of the lines, flags, payees and catch-up months: equal hashes,
    // equal runs (prepare is idempotent); what the approver approves.
    std::string content_hash;
    // Months of the year without an approved run that this run pays late
    // (prepared with catch-up); empty for an ordinary run.
    std::vector<Month> catch_up_months;
};

struct PayoutRun {
    PayoutRunHeader header;
    std::vector<PayoutLine> lines;
    std::vector<PayoutFlag> flags;
    std::vector<RunPayee> payees;
};


// The header agrees with the lines: total = Σ amounts, line_count, held_back =
// Σ held-back amounts. The store checks it before it writes a run (whose
// content hash the approver approves); InvariantBroken (domain/invariant.h) if not.
void check_header_matches_lines(const PayoutRun& run);

// One family's row of the run sheet and the bank files.
struct FamilyRunTotals {
    Id family_id = 0;
    Money by_kind[std::size(kAllLineKinds)];
    Money total;
};

// Per family in order of first appearance in the run's lines.
std::vector<FamilyRunTotals> family_totals(const std::vector<PayoutLine>& lines);

// "2026-01,2026-02": the months a prepared run was computed on (the approved
// months before it) and its catch-up months, as stored and as shown.
std::string settled_months_text(const std::vector<Month>& months);

} // namespace hjt
