// Reconciliations as stored (tables reconciliations, reconciliation_months,
// reconciliation_received: a row per line kind that counts as received,
// reconciliation_expenses) and the ledger posting of a final one. Plain reads
// and writes in the caller's transaction; the rules (draft/final, year
// closing, audit) live in app/reconciliation_service.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/reconciliation.h"
#include "domain/statuses.h"
#include "store/family_range.h"

namespace hjt::store {

struct StoredReconciliation {
    Id id = 0;
    ReconciliationStatus status = ReconciliationStatus::draft;
    ChildReconciliation figures;
    std::string computed_at;
    std::string computed_by;
    std::string finalised_at;             // "" while a draft
    std::string finalised_by;
    std::optional<Id> ledger_posting_id;  // the settlement posted when made final (none for 0)
    // Read back: the exact yearly approved hours as stored (schema 24), which
    // figures.approved_hours then holds; nullopt on a row stored before.
    std::optional<Hours> approved_year_hours;
};

// Writers go many rows a statement (store/batch_insert.h), so a run of
// thousands of children is a few statements per chunk of them, not several
// per child: on PostgreSQL each statement is a round trip.

// Replaces the drafts of the year (of one family, a page of families, or all)
// by `drafts`; final reconciliations are left as they are.
void replace_drafts(soci::session& sql, int year, const FamilyScope& scope,
                    const std::vector<StoredReconciliation>& drafts);
// Writes final reconciliations of the year in place of their children's
// drafts, and sets each one's id.
void store_finals(soci::session& sql, int year, std::vector<StoredReconciliation>& finals);

// The stored reconciliations of the year (of one family, a page of families, or all), by family then child.
std::vector<StoredReconciliation> list_reconciliations(soci::session& sql, int year, FamilyScope scope);

// What the year's stored reconciliations of the scope add up to, drafts and
// finals apart, summed as the rows are read: a run over every family reports
// it without holding them (app/reconciliation_service.h).
struct StoredBalances {
    Money drafts;
    Money finals;
};
StoredBalances stored_balances(soci::session& sql, int year, FamilyScope scope);

// Posts the settlements of final reconciliations (those not 0) to the
// families' ledgers (kind "repayment_claim" or "top_up", month concerned
// December of the year) and sets each one's ledger_posting_id.
void post_settlements(soci::session& sql, std::vector<StoredReconciliation>& finals, const std::string& at,
                      const std::string& by);

} // namespace hjt::store
