// The annual reconciliation's life (domain.md §7): compute drafts freely,
// make a year final (finance only), which posts each child's repayment claim
// or top-up to the family's ledger and closes the family's year. Each
// function works in the caller's transaction with its audit entry there.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/progress.h"
#include "domain/reconciliation_inputs.h"
#include "store/family_range.h"
#include "store/reconciliation_store.h"

namespace hjt::app {

// The year's terms from the stored rates and policy. A year not over on
// `today` gets a forecast through the last month that has ended.
ReconciliationTerms reconciliation_terms(soci::session& sql, int year, Date today);

// The figures as a draft would have them now, without storing anything (one
// family, a page of families, or all). NotFound for an unknown family asked for by id.
std::vector<ChildReconciliation> compute_reconciliations(soci::session& sql, int year, store::FamilyScope scope,
                                                         Date today);

struct ReconcileReport {
    int year = 0;
    bool final = false;
    long long computed = 0;       // children drafted (or made final) by this call
    long long already_final = 0;  // children of closed years, left exactly as they were
    long long families_closed = 0;
    Money settlements;            // posted to the ledgers by this call
    Money balance;                // of the scope's reconciliations as stored afterwards, drafts and finals
    // The scope as stored afterwards, when asked for (ReconcileOptions::list_stored).
    std::vector<store::StoredReconciliation> reconciliations;
};

struct ReconcileOptions {
    // report.reconciliations filled: what the API returns. The CLI over every
    // family shows the counts and the balance only, and leaves it empty: every
    // child's figures at once is what paging the run avoids.
    bool list_stored = true;
    std::size_t families_a_page = store::kFamiliesAPage;  // computed and written at once (tests: smaller)
};

// Draft (make_final false): recomputes and replaces the drafts of the scope;
// families whose year is closed keep their final reconciliation untouched.
// Both need a finance user (app/permissions.h; Forbidden otherwise).
// Final: the year must be over on `today` (Conflict otherwise); each family not yet closed gets its children's final
// figures, a ledger posting of each non-zero settlement, a claim for each
// repayment claim (issued `today`, app/claims_service.h), the year closed and
// an audit entry. A closed family is left as it is, so running final again
// changes nothing. ValidationError "year" for a year outside 2000–2099.
// Both go a page of families at a time (by ascending id) in the caller's
// transaction, so memory holds a page's figures however many families there
// are: a final's page seals its rows with its first entry, a draft run's one
// entry seals every page's rows.
ReconcileReport reconcile_year(soci::session& sql, const User& actor, int year, std::optional<Id> family_id,
                               bool make_final, Date today, const Progress& progress = {},
                               const ReconcileOptions& options = {});

} // namespace hjt::app
