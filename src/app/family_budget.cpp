#include "app/family_budget.h"

#include <Poco/JSON/Array.h>

#include "app/reconciliation_service.h"
#include "store/reconciliation_rows.h"
#include "store/shift_store.h"

namespace hjt::app {

FamilyBudget family_budget(soci::session& sql, Id family_id, int year, Date today) {
    ReconciliationTerms terms = reconciliation_terms(sql, year, today);
    ReconciliationRows rows = store::load_reconciliation_rows(sql, year, family_id);
    std::vector<ChildPlan> plans = rows.families.empty() ? std::vector<ChildPlan>{} : rows.families.front().children;
    FamilyBudget out;
    out.family_id = family_id;
    out.year = year;
    for (const auto& in : reconciliation_inputs(std::move(rows), terms)) {
        ChildReconciliation r = reconcile_child(in);
        BudgetOutlook o = budget_outlook(r);
        out.children.push_back({std::move(r), o});
    }
    out.weeks_over_grant = weeks_over_grant(store::list_families_year_shifts(sql, family_id, family_id, year), plans);
    return out;
}

namespace {

Poco::Dynamic::Var forecast_json(const ChildBudget& c) {
    if (!c.figures.forecast) return Poco::Dynamic::Var();
    const auto& f = *c.figures.forecast;
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("elapsed_through", iso(f.elapsed_through));
    o->set("pace_bp", f.pace.basis_points());
    o->set("expected_used_hours", f.expected_used_hours.hundredths());
    o->set("expected_used_cost", f.expected_used_cost.ore());
    o->set("expected_balance", f.expected_balance.ore());
    o->set("warning", to_string(c.outlook.warning));
    o->set("amount", c.outlook.amount.ore());
    return o;
}

Poco::JSON::Object::Ptr child_json(const ChildBudget& c) {
    const auto& r = c.figures;
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("child_id", r.child_id);
    o->set("child_name", r.child_name);
    o->set("approved_hours", r.approved_hours.hundredths());
    o->set("used_hours", r.used_hours.hundredths());
    o->set("remaining_hours", c.outlook.remaining_hours.hundredths());
    o->set("approved_cost", r.approved_cost.ore());
    o->set("used_cost", r.used_cost.ore());
    o->set("remaining_cost", c.outlook.remaining_cost.ore());
    o->set("forecast", forecast_json(c));
    return o;
}

} // namespace

Poco::JSON::Object::Ptr to_json(const FamilyBudget& budget) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("family_id", budget.family_id);
    o->set("year", budget.year);
    Poco::JSON::Array::Ptr children = new Poco::JSON::Array;
    for (const auto& c : budget.children) children->add(child_json(c));
    o->set("children", children);
    Poco::JSON::Array::Ptr weeks = new Poco::JSON::Array;
    for (const auto& w : budget.weeks_over_grant) {
        Poco::JSON::Object::Ptr week = new Poco::JSON::Object;
        week->set("monday", iso(w.monday));
        week->set("used_hours", w.used.hundredths());
        week->set("granted_hours", w.granted.hundredths());
        weeks->add(week);
    }
    o->set("weeks_over_grant", weeks);
    return o;
}

} // namespace hjt::app
