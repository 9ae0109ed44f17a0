#include "store/reconciliation_seals.h"

#include "store/family_scope.h"

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

void cover_drafts(soci::session& sql, RowSeals& seals, SealAction action, int year, const FamilyScope& scope) {
    cover_with_rows(sql, seals, action, "year = :year AND status = 'draft'" + for_family(scope, "family_id"), year,
                    FamilyParam{scope});
}

void seal_finals(soci::session& sql, RowSeals& seals, int year, const std::string& at, const std::string& by,
                 const FamilyScope& scope) {
    const std::string these = "year = :year AND status = 'final' AND finalised_at = :at AND finalised_by = :by" +
                              for_family(scope, "family_id");
    cover_with_rows(sql, seals, SealAction::seal, these, year, at, by, FamilyParam{scope});
    seals.seal(sql, sealed::ledger_postings, "id IN (SELECT ledger_posting_id FROM reconciliations WHERE " + these + ")",
               year, at, by, FamilyParam{scope});
}

} // namespace hjt::store
