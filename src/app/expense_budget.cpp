#include "app/expense_budget.h"

#include "domain/reconciliation.h"
#include "store/register_repository.h"

namespace hjt::app {

ExpenseBudgetStatus expense_budget_status(soci::session& sql, const Expense& e) {
    ExpenseBudgetStatus s;
    s.year = static_cast<int>(e.date.year());
    auto child = store::find_child(sql, e.child_id);
    if (!child) return s;
    ChildPlan plan{*child, store::list_grants(sql, e.child_id)};
    for (const auto& b : year_budgets(plan, s.year))
        if (b.category == e.category) s.budget = b.yearly_amount;
    for (const auto& other : store::list_expenses(sql, e.family_id))
        if (other.id != e.id && other.child_id == e.child_id && other.category == e.category &&
            other.status == ExpenseStatus::approved && other.date.year() == e.date.year())
            s.approved += other.amount;
    if (s.budget) {
        s.remaining = *s.budget - s.approved;
        s.over_budget = e.amount > *s.remaining;
    }
    return s;
}

Poco::JSON::Object::Ptr to_json(const ExpenseBudgetStatus& s) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    auto optional_ore = [](const std::optional<Money>& m) {
        return m ? Poco::Dynamic::Var(static_cast<Poco::Int64>(m->ore())) : Poco::Dynamic::Var();
    };
    o->set("year", s.year);
    o->set("budget", optional_ore(s.budget));
    o->set("approved", static_cast<Poco::Int64>(s.approved.ore()));
    o->set("remaining", optional_ore(s.remaining));
    o->set("over_budget", s.over_budget);
    return o;
}

} // namespace hjt::app
