// Reconciliations as JSON: the form of the audit entries, the REST API and
// `hjt reconcile --json`. Conventions as in app/entity_json.h (money in
// integer øre, hours in hundredths, ISO months).
#pragma once

#include <Poco/JSON/Object.h>

#include "app/reconciliation_service.h"
#include "store/reconciliation_store.h"

namespace hjt::app {

// {family_id, child_id, child_name, year, pooling, months: [{month, approved_hours, used_hours,
//  hourly_cost, approved_cost, used_cost, eligible_cost}], approved_hours, used_hours, approved_cost,
//  used_cost, eligible_helper, eligible_expenses, eligible_fixed, eligible_before_cap, year_cap,
//  year_cap_estimated, capped, eligible, received: {helper, fixed, expense, adjustment, total},
//  balance, outcome, settlement, uses_estimates, expenses: [{expense_id, date, category, amount,
//  document_ref, eligible, verdict, reason}], forecast: null | {elapsed_through, pace_bp,
//  expected_used_hours, expected_eligible, expected_received, expected_balance}}
Poco::JSON::Object::Ptr to_json(const ChildReconciliation& r);
// The figures above plus {id, status, computed_at, computed_by, finalised_at, finalised_by, ledger_posting_id}.
Poco::JSON::Object::Ptr to_json(const store::StoredReconciliation& r);
// {year, final, computed, already_final, families_closed, settlements, balance, items: [stored...]}
Poco::JSON::Object::Ptr to_json(const ReconcileReport& report);

} // namespace hjt::app
