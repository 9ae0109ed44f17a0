#include "store/reconciliation_seals.h"

namespace hjt::store {

namespace {

// The scope's families as a condition of fixed parameters (:every, :first_family,
// :last_family), so one form of each query serves every scope: every family
// when :every is 1.
const char* kOfScope = " AND (:every = 1 OR family_id BETWEEN :first_family AND :last_family)";

struct ScopeParams {
    int every;
    Id first, last;
    explicit ScopeParams(const FamilyScope& scope)
        : every(scope.every_family() ? 1 : 0), first(scope.first.value_or(0)), last(scope.last.value_or(0)) {}
};

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
    const ScopeParams s(scope);
    cover_with_rows(sql, seals, action, std::string("year = :year AND status = 'draft'") + kOfScope, year, s.every,
                    s.first, s.last);
}

void seal_finals(soci::session& sql, RowSeals& seals, int year, const std::string& at, const std::string& by,
                 const FamilyScope& scope) {
    const ScopeParams s(scope);
    const std::string these =
        std::string("year = :year AND status = 'final' AND finalised_at = :at AND finalised_by = :by") + kOfScope;
    cover_with_rows(sql, seals, SealAction::seal, these, year, at, by, s.every, s.first, s.last);
    seals.seal(sql, sealed::ledger_postings, "id IN (SELECT ledger_posting_id FROM reconciliations WHERE " + these + ")",
               year, at, by, s.every, s.first, s.last);
}

} // namespace hjt::store
