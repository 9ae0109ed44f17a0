#include "app/reconciliation_json.h"

#include <Poco/JSON/Array.h>

namespace hjt::app {
namespace {

Poco::JSON::Object::Ptr month_json(const ReconciliationMonthResult& m) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("month", iso(m.month));
    o->set("approved_hours", m.approved_hours.hundredths());
    o->set("used_hours", m.used_hours.hundredths());
    o->set("hourly_cost", m.hourly_cost.ore());
    o->set("approved_cost", m.approved_cost.ore());
    o->set("used_cost", m.used_cost.ore());
    o->set("eligible_cost", m.eligible_cost.ore());
    return o;
}

Poco::JSON::Object::Ptr expense_json(const ReconciledExpense& e) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("expense_id", e.expense.expense_id);
    o->set("date", iso(e.expense.date));
    o->set("category", e.expense.category);
    o->set("amount", e.expense.amount.ore());
    o->set("document_ref", e.expense.document_ref);
    o->set("eligible", e.eligible.ore());
    o->set("verdict", to_string(e.verdict));
    o->set("reason", e.reason);
    return o;
}

Poco::Dynamic::Var forecast_json(const std::optional<ReconciliationForecast>& f) {
    if (!f) return Poco::Dynamic::Var();
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("elapsed_through", iso(f->elapsed_through));
    o->set("pace_bp", f->pace.basis_points());
    o->set("expected_used_hours", f->expected_used_hours.hundredths());
    o->set("expected_eligible", f->expected_eligible.ore());
    o->set("expected_received", f->expected_received.ore());
    o->set("expected_balance", f->expected_balance.ore());
    return o;
}

// One field per kind that counts as received, named by its code, and the total:
// {"helper", "fixed", "expense", "adjustment", "total"} as before the table of
// kinds (domain/line_kinds.h), so readers of the JSON keep working.
Poco::JSON::Object::Ptr received_json(const ReceivedByKind& received) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    for (LineKind k : kAllLineKinds)
        if (rules_of(k).counts_as_received) o->set(rules_of(k).code, received[k].ore());
    o->set("total", received.total().ore());
    return o;
}

} // namespace

Poco::JSON::Object::Ptr to_json(const ChildReconciliation& r) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("family_id", r.family_id);
    o->set("child_id", r.child_id);
    o->set("child_name", r.child_name);
    o->set("year", r.year);
    o->set("pooling", to_string(r.pooling));
    Poco::JSON::Array::Ptr months = new Poco::JSON::Array;
    for (const auto& m : r.months) months->add(month_json(m));
    o->set("months", months);
    o->set("approved_hours", r.approved_hours.hundredths());
    o->set("used_hours", r.used_hours.hundredths());
    o->set("approved_cost", r.approved_cost.ore());
    o->set("used_cost", r.used_cost.ore());
    o->set("eligible_helper", r.eligible_helper.ore());
    o->set("eligible_expenses", r.eligible_expenses.ore());
    o->set("eligible_fixed", r.eligible_fixed.ore());
    o->set("eligible_before_cap", r.eligible_before_cap.ore());
    o->set("year_cap", r.year_cap.ore());
    o->set("year_cap_estimated", r.year_cap_estimated);
    o->set("capped", r.capped);
    o->set("eligible", r.eligible.ore());
    o->set("received", received_json(r.received));
    o->set("balance", r.balance.ore());
    o->set("outcome", to_string(r.outcome));
    o->set("settlement", r.settlement.ore());
    o->set("uses_estimates", r.uses_estimates);
    Poco::JSON::Array::Ptr expenses = new Poco::JSON::Array;
    for (const auto& e : r.expenses) expenses->add(expense_json(e));
    o->set("expenses", expenses);
    o->set("forecast", forecast_json(r.forecast));
    return o;
}

Poco::JSON::Object::Ptr to_json(const store::StoredReconciliation& r) {
    Poco::JSON::Object::Ptr o = to_json(r.figures);
    o->set("id", r.id);
    o->set("status", to_string(r.status));
    o->set("computed_at", r.computed_at);
    o->set("computed_by", r.computed_by);
    o->set("finalised_at", r.finalised_at.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(r.finalised_at));
    o->set("finalised_by", r.finalised_by.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(r.finalised_by));
    o->set("ledger_posting_id",
           r.ledger_posting_id ? Poco::Dynamic::Var(*r.ledger_posting_id) : Poco::Dynamic::Var());
    return o;
}

Poco::JSON::Object::Ptr to_json(const ReconcileReport& report) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("year", report.year);
    o->set("final", report.final);
    o->set("computed", report.computed);
    o->set("already_final", report.already_final);
    o->set("families_closed", report.families_closed);
    o->set("settlements", report.settlements.ore());
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& r : report.reconciliations) items->add(to_json(r));
    o->set("balance", report.balance.ore());
    o->set("items", items);
    return o;
}

} // namespace hjt::app
