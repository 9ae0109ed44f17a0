#include "store/schema.h"

namespace hjt::store {

// Version 11: indexes for the lookups that scanned whole tables (issue 18).
// Every child table is read by its parent's id (a grant's versions, a
// version's fixed lines and budgets, a child's awards, a run's flags, a
// reconciliation's expense verdicts); without an index each lookup read the
// whole table, so work grew with the square of the municipality.
std::vector<std::string> schema_v11() {
    return {
        "CREATE INDEX grant_versions_grant ON grant_versions(grant_id, effective_from)",
        "CREATE INDEX grant_fixed_lines_version ON grant_fixed_lines(version_id)",
        "CREATE INDEX grant_expense_budgets_version ON grant_expense_budgets(version_id)",
        "CREATE INDEX lost_earnings_awards_child ON lost_earnings_awards(child_id)",
        "CREATE INDEX payout_flags_run ON payout_flags(run_id, seq)",
        "CREATE INDEX reconciliation_expenses_reconciliation ON reconciliation_expenses(reconciliation_id)",
        // The overlap check of a shift import reads the stored shifts of the
        // file's time span across families: by start, bounded below by the
        // longest shift allowed (store/shift_store.cpp).
        "CREATE INDEX shifts_start ON shifts(start_utc)",
    };
}

} // namespace hjt::store
