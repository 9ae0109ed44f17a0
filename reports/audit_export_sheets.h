// The auditor's export of a year as sheets (Danish labels), in this order:
//   "Sådan kontrolleres"  the tie-outs as formulas across the sheets, and what to check
//   "Posteringer"         every ledger posting of the year; totals: all, from runs, received
//   "Kørsler"             the year's payout runs, each tied to its postings (SUMIF)
//   "Årsopgørelser"       the annual reconciliations; total received
//   "Bevillinger"         grants valid in the year, one row per version
//   "Tabt arbejdsfortjeneste"  awards in force in the year
//   "Satser"              the year's rate table with sources and estimated flags
//   "Krav", "Indbetalinger", "Modregninger"  repayment claims, payments received
//                         and set-offs, tied to the postings (reports/audit_export_claims.h)
//   "Revisionsspor"       the year's audit entries with hashes and the chain's verification
// The tie-outs: postings from runs = approved and paid runs' totals; postings
// received = reconciliations' received (when the year has reconciliations).
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "reports/audit_export_book.h"
#include "reports/audit_export_data.h"

namespace hjt::reports {

// The year's audit entries one at a time, by id: fills `entry` and returns
// true, or returns false when there are no more.
using AuditEntrySource = std::function<bool(AuditEntryRow& entry)>;
// The year's postings the same way, by id.
using AuditPostingSource = std::function<bool(AuditPosting& posting)>;
// The year's reconciliations the same way, by family then child.
using AuditReconciliationSource = std::function<bool(AuditReconciliation& reconciliation)>;
// The grants valid in the year the same way, by child, each with its versions.
using AuditGrantSource = std::function<bool(AuditGrant& grant)>;

// A large year's rows streamed from the store rather than held in
// AuditExportData: data.audit, data.postings, data.reconciliations and
// data.grants are not read.
struct AuditExportStream {
    AuditEntrySource entries;
    AuditPostingSource postings;
    AuditPostingTotals posting_totals;  // of every posting `postings` gives, summed before
    AuditReconciliationSource reconciliations;
    // Of every reconciliation `reconciliations` gives, summed before; nullopt:
    // the year has none yet (the sheet says so, and there is no tie-out).
    std::optional<AuditReconciliationTotals> reconciliation_totals;
    AuditGrantSource grants;
};

// Every sheet's rows from `data`.
std::vector<Sheet> audit_export_sheets(const AuditExportData& data);
// The rows of the audit entries, postings, reconciliations and grants made
// from `stream` as the sheets are written (Sheet::next_row), so a large year's
// rows are never held at once: write the sheets while `data` and the sources live.
std::vector<Sheet> audit_export_sheets(const AuditExportData& data, const AuditExportStream& stream);

// The figures the tie-outs compare, as the sheets' formulas compute them.
struct AuditTieOut {
    Money postings;            // every posting of the year
    Money postings_from_runs;  // those a payout run posted
    Money postings_received;   // those a reconciliation counts as received
    Money runs_booked;         // approved and paid runs' totals less their held-back lines (drafts are not booked)
    std::optional<Money> reconciled_received;  // nullopt: the year has no reconciliations yet

    bool runs_tie() const { return postings_from_runs == runs_booked; }
    bool reconciliations_tie() const { return !reconciled_received || *reconciled_received == postings_received; }
};

// Of data.postings and data.reconciliations, or of the streamed ones' totals.
AuditTieOut audit_tie_out(const AuditExportData& data);
AuditTieOut audit_tie_out(const AuditExportData& data, const AuditExportStream& stream);

} // namespace hjt::reports
