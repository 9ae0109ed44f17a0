// What the auditor's export of one year holds, as gathered from the store by
// app/audit_export_service. Personal numbers arrive masked: CPR numbers as
// "DDMMYY-XXXX", bank accounts as their last four digits, also inside the
// audit entries' before/after JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/ledger.h"
#include "domain/payout_run.h"
#include "domain/rate_figures.h"
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
};

// The whole chain's verification (not only the year's entries: a break
// before the year makes every later hash unprovable).
struct AuditChainResult {
    bool ok = true;
    long long entries = 0;
    std::optional<Id> first_broken;
    std::string reason;
};

struct AuditExportData {
    int year = 0;
    std::string generated_at;  // UTC
    std::string generated_by;
    std::vector<AuditPosting> postings;     // month concerned in the year, by id
    std::vector<PayoutRunHeader> runs;      // months of the year, every status
    // nullopt: the year has no reconciliations yet (the sheet says so).
    std::optional<std::vector<AuditReconciliation>> reconciliations;
    std::vector<AuditGrant> grants;         // valid on some day of the year
    std::vector<AuditAward> awards;         // in force on some day of the year
    std::vector<AuditRateRow> rates;        // the year's table
    std::vector<AuditEntryRow> audit;       // entries written in the year (UTC), by id
    AuditChainResult chain;
};

} // namespace hjt::reports
