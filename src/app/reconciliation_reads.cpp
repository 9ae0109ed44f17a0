#include "app/reconciliation_reads.h"

#include "store/closed_years.h"

namespace hjt::app {

std::vector<store::StoredReconciliation> stored_reconciliations(soci::session& sql, int year,
                                                                std::optional<Id> family_id) {
    return store::list_reconciliations(sql, year, family_id);
}

bool year_closed(soci::session& sql, Id family_id, int year) { return store::year_closed(sql, family_id, year); }

} // namespace hjt::app
