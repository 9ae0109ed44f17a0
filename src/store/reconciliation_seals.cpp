#include "store/reconciliation_seals.h"

namespace hjt::store {

namespace {

// A reconciliations row and its month and expense rows, where `where` picks the
// reconciliations. Its received rows are sealed within its own row (store/row_seals.cpp).
template <class... Params>
void cover_with_rows(soci::session& sql, RowSeals& seals, SealAction action, const std::string& where,
                     const Params&... params) {
    const std::string of_these = "reconciliation_id IN (SELECT id FROM reconciliations WHERE " + where + ")";
    seals.cover(action, sql, sealed::reconciliations, where, params...);
    seals.cover(action, sql, sealed::reconciliation_months, of_these, params...);
    seals.cover(action, sql, sealed::reconciliation_expenses, of_these, params...);
}

} // namespace

void cover_drafts(soci::session& sql, RowSeals& seals, SealAction action, int year, std::optional<Id> family_id) {
    // One form for both scopes: every family when :every is 1.
    const int every = family_id ? 0 : 1;
    const Id family = family_id.value_or(0);
    cover_with_rows(sql, seals, action, "year = :year AND status = 'draft' AND (:every = 1 OR family_id = :family)",
                    year, every, family);
}

void seal_finals(soci::session& sql, RowSeals& seals, int year, const std::string& at, const std::string& by) {
    const std::string these = "year = :year AND status = 'final' AND finalised_at = :at AND finalised_by = :by";
    cover_with_rows(sql, seals, SealAction::seal, these, year, at, by);
    seals.seal(sql, sealed::ledger_postings, "id IN (SELECT ledger_posting_id FROM reconciliations WHERE " + these + ")",
               year, at, by);
}

} // namespace hjt::store
