// What is left of an expense's category budget when it is decided (issue 16):
// the decider sees it, and an approval beyond it needs a reason and is flagged.
// The budget is the one the year's reconciliation applies (domain/reconciliation.h
// year_budgets: the latest grant version in force in the year, per grant).
#pragma once

#include <soci/soci.h>

#include <Poco/JSON/Object.h>

#include <optional>

#include "domain/entities.h"

namespace hjt::app {

struct ExpenseBudgetStatus {
    int year = 0;                  // the year of the expense's date
    std::optional<Money> budget;   // the category's yearly budget; none: the grant sets no budget for it
    Money approved;                // other approved expenses of the child, category and year
    std::optional<Money> remaining;  // budget − approved (negative once overspent); none without a budget
    bool over_budget = false;      // the expense's amount is more than what remains
};

ExpenseBudgetStatus expense_budget_status(soci::session& sql, const Expense& e);

// {"year", "budget", "approved", "remaining", "over_budget"}: amounts in øre, null without a budget.
Poco::JSON::Object::Ptr to_json(const ExpenseBudgetStatus& s);

} // namespace hjt::app
