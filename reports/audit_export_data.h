// What the auditor's export of one year holds, as gathered from the store by
// app/audit_export_service. Personal numbers arrive masked: CPR numbers as
// "DDMMYY-XXXX", bank accounts as their last four digits, also inside the
// audit entries' before/after JSON.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/claims.h"
#include "domain/entities.h"
#include "domain/ledger.h"
#include "domain/payout_run.h"
#include "domain/rate_figures.h"
#include "domain/receipt_matching.h"
#include "domain/reconciliation.h"

namespace hjt::reports {

struct AuditPosting {
    LedgerPosting posting;
    std::string family_name;
    std::string child_name;
    std::string prepared_by;  // of the run that posted it ("" without a run)
    std::string approved_by;
    // A-conto and adjustment lines count as "received" in the child's annual
    // reconciliation (domain.md §7); lost earnings and the reconciliation's
    // own settlement do not.
    bool received = false;
};

// What the sheets' totals and tie-outs need of the year's postings, added up
// one posting at a time: a large year's postings are summed in one pass and
// written in another (app/audit_export_service), never all held at once.
struct AuditPostingTotals {
    std::size_t count = 0;
    Money all, from_runs, received;
    std::map<Id, Money> by_run;            // the postings of each run
    std::map<std::string, Money> by_kind;  // by line kind code ("repayment_claim")

    void add(const AuditPosting& p) {
        const Money amount = p.posting.amount;
        ++count;
        all += amount;
        if (p.posting.run_id) {
            from_runs += amount;
            by_run[*p.posting.run_id] += amount;
        }
        if (p.received) received += amount;
        by_kind[p.posting.kind] += amount;
    }
};

struct AuditGrant {
    Grant grant;  // with its versions
    Id family_id = 0;
    std::string family_name;
    std::string child_name;
    std::string child_cpr;  // masked
};

struct AuditAward {
    LostEarningsAward award;  // parent_cpr masked
    Id family_id = 0;
    std::string family_name;
    std::string child_name;
};

// One child's annual reconciliation as stored (draft or final).
struct AuditReconciliation {
    Id id = 0;
    Id family_id = 0;
    std::string family_name;
    Id child_id = 0;
    std::string child_name;
    std::string status;         // "draft" / "final"
    Money received;             // what the runs paid for the year (a-conto and adjustments)
    Money eligible;
    Money balance;              // received − eligible
    ReconciliationOutcome outcome = ReconciliationOutcome::zero;
    Money settlement;           // posted to the ledger when final
    bool uses_estimates = false;
    std::string computed_at;    // when these figures were computed (UTC)
    // The stored draft was computed before later changes to its inputs: these
    // figures are computed now for the export (nothing stored), and that is said.
    std::string stale_draft_computed_at;  // "" when shown as stored
};

// What the reconciliations sheet's totals and the tie-out need of the year's
// reconciliations, added up one at a time: a large year's are summed in one
// pass and written in another (app/audit_export_service), never all held.
struct AuditReconciliationTotals {
    std::size_t count = 0;
    Money received, eligible, balance, settlement;

    void add(const AuditReconciliation& r) {
        ++count;
        received += r.received;
        eligible += r.eligible;
        balance += r.balance;
        settlement += r.settlement;
    }
};

struct AuditRateRow {
    NamedFigure figure;
    std::string shown;  // the value in its unit, Danish: "706.600,00 kr", "12,5 %"
};

struct AuditEntryRow {
    Id id = 0;
    std::string at, actor, action, entity, entity_id;
    std::string before_json, after_json;  // masked
    std::string prev_hash, hash;
    // Why the year's export lists it: made in the year, concerning it, or both
    // (year-end work on 2025 is done in 2026: it concerns 2025).
    std::string included_because;
};

// The whole chain's verification (not only the year's entries: a break
// before the year makes every later hash unprovable), with the books it covers.
struct AuditChainResult {
    bool ok = true;
    long long entries = 0;
    std::optional<Id> first_broken;
    std::string reason;
    std::string mode;                   // "SHA-256" or "HMAC-SHA-256"
    long long rows_checked = 0;
    std::vector<std::string> findings;  // rows of the books changed, deleted or inserted outside the program
};

// A repayment claim of the year's reconciliation, as it stands when exported.
struct AuditClaim {
    Claim claim;
    ClaimStatus status;
};

// A set-off that settled a claim (dated in the year): the claim and the run line.
struct AuditSetOff {
    Id claim_id = 0;
    Id line_id = 0;
    Date date;
    Money amount;
};

// A receipt uploaded with an expense dated in the year: what identifies the
// file (the file itself stays in the database, GET /expenses/{id}/receipt).
struct AuditExpenseReceipt {
    Id expense_id = 0;
    std::string file_name;
    std::int64_t size_bytes = 0;
    std::string sha256;  // hex, of the file's bytes
    std::string uploaded_by;
    std::string uploaded_at;  // UTC
};

struct AuditExportData {
    int year = 0;
    std::string generated_at;  // UTC
    std::string generated_by;
    // Month concerned in the year, by id. Empty when the export streams them
    // (reports/audit_export_sheets.h, AuditExportStream).
    std::vector<AuditPosting> postings;
    std::vector<PayoutRunHeader> runs;      // months of the year, every status
    // nullopt: the year has no reconciliations yet (the sheet says so). By
    // family, then child. Not read when the export streams them, as the grants.
    std::optional<std::vector<AuditReconciliation>> reconciliations;
    std::vector<AuditGrant> grants;         // valid on some day of the year, by child
    std::vector<AuditAward> awards;         // in force on some day of the year
    std::vector<AuditRateRow> rates;        // the year's table
    std::vector<AuditClaim> claims;         // claims of the year's reconciliations
    std::vector<Receipt> receipts;          // payments received booked in the year
    std::vector<AuditSetOff> set_offs;      // set-offs settling claims, dated in the year
    std::vector<AuditExpenseReceipt> expense_receipts;  // of expenses dated in the year, by expense
    std::vector<AuditEntryRow> audit;       // entries made in the year (UTC) or concerning it, by id
    AuditChainResult chain;
};

} // namespace hjt::reports
