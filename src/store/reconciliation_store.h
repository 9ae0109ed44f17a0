// Reconciliations as stored (tables reconciliations, reconciliation_months,
// reconciliation_expenses) and the ledger posting of a final one. Plain reads
// and writes in the caller's transaction; the rules (draft/final, year
// closing, audit) live in app/reconciliation_service.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/reconciliation.h"

namespace hjt::store {

enum class ReconciliationStatus { draft, final };
std::string to_string(ReconciliationStatus s);

struct StoredReconciliation {
    Id id = 0;
    ReconciliationStatus status = ReconciliationStatus::draft;
    ChildReconciliation figures;
    std::string computed_at;
    std::string computed_by;
    std::string finalised_at;             // "" while a draft
    std::string finalised_by;
    std::optional<Id> ledger_posting_id;  // the settlement posted when made final (none for 0)
};

// Replaces the drafts of the year (of one family, or all) by `drafts`; final
// reconciliations are left as they are. One prepared statement per table.
void replace_drafts(soci::session& sql, int year, std::optional<Id> family_id,
                    const std::vector<StoredReconciliation>& drafts);
// Writes a final reconciliation in place of the child's draft of the year. Returns its id.
Id store_final(soci::session& sql, const StoredReconciliation& final_reconciliation);

// The stored reconciliations of the year (of one family, or all), by family then child.
std::vector<StoredReconciliation> list_reconciliations(soci::session& sql, int year, std::optional<Id> family_id);

// Posts a final reconciliation's settlement to the family's ledger (kind
// "repayment_claim" or "top_up", month concerned December of the year).
Id post_settlement(soci::session& sql, const ChildReconciliation& r, const std::string& at, const std::string& by);

} // namespace hjt::store
