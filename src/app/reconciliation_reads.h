// Reading a year's stored reconciliations and whether the year is closed, for
// the front ends (the app layer is their one door to the store; who may read
// is the caller's scope or permission check).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "store/reconciliation_store.h"

namespace hjt::app {

// The year's stored reconciliations (drafts and finals), of one family or all.
std::vector<store::StoredReconciliation> stored_reconciliations(soci::session& sql, int year,
                                                                std::optional<Id> family_id);

// Whether a final reconciliation has closed the family's year (store/closed_years.h).
bool year_closed(soci::session& sql, Id family_id, int year);

} // namespace hjt::app
