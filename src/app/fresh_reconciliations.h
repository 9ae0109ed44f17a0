// Reconciliations as a document shows them (issue 16 "fresh documents"): a
// statement or an export must not show a draft computed before later runs,
// approvals, shifts or expenses changed its inputs. Such a stale draft is
// recomputed for the document (read only: nothing is stored, so a read-only
// user such as the auditor or a family can make the document) and the
// document says so, with when its figures were computed; `hjt reconcile`
// stores fresh drafts. A final reconciliation is frozen: its year is closed,
// so its inputs cannot change, and it is shown as stored.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/ledger.h"
#include "store/reconciliation_store.h"

namespace hjt::app {

struct DocumentReconciliation {
    // The figures shown, with status, computed_at and computed_by: as stored,
    // or (stale draft, or none stored) as computed now, with computed_at now.
    store::StoredReconciliation shown;
    bool stored = false;                  // the year has a stored reconciliation for the child
    std::string stale_draft_computed_at;  // a stale draft's computed_at ("" when shown as stored)
};

// The year's reconciliations (one family, a page of families, or all), by
// family then child: every stored one, fresh; with `include_unstored`, also
// children with no stored reconciliation, computed now (status draft, stored
// false). A page's are those of its families exactly as all at once would
// have them: each family's figures depend on its own rows only.
std::vector<DocumentReconciliation> document_reconciliations(soci::session& sql, int year, store::FamilyScope scope,
                                                             Date today, bool include_unstored);

// The months of the approved or paid runs whose postings among a family's
// `postings` concern the year: the runs a document's figures come from.
std::vector<Month> runs_paying_year(std::span<const LedgerPosting> postings, int year);

} // namespace hjt::app
