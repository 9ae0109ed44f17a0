// The family overview's budget (issue 19): per child what is left of the
// year's grant in hours and kroner, the pace and the year-end forecast with
// its warning (domain/budget_outlook.h), and the family's weeks with more
// hours than the grants' weekly hours (domain/week_hours.h). The figures are
// the reconciliation's, computed now as a draft would have them; nothing is
// stored. Who may read is the caller's scope (a family its own).
#pragma once

#include <Poco/JSON/Object.h>
#include <soci/soci.h>

#include <vector>

#include "domain/budget_outlook.h"
#include "domain/week_hours.h"

namespace hjt::app {

struct ChildBudget {
    ChildReconciliation figures;
    BudgetOutlook outlook;
};

struct FamilyBudget {
    Id family_id = 0;
    int year = 0;
    std::vector<ChildBudget> children;          // children with a grant in the year
    std::vector<WeekOverGrant> weeks_over_grant;
};

// NotFound for an unknown family; ValidationError "year" outside 2000–2099.
FamilyBudget family_budget(soci::session& sql, Id family_id, int year, Date today);

// {family_id, year, children: [{child_id, child_name, approved_hours, used_hours, remaining_hours,
//  approved_cost, used_cost, remaining_cost, forecast: null | {elapsed_through, pace_bp,
//  expected_used_hours, expected_used_cost, expected_balance, warning, amount}}],
//  weeks_over_grant: [{monday, used_hours, granted_hours}]}: hours in hundredths, money in øre.
Poco::JSON::Object::Ptr to_json(const FamilyBudget& budget);

} // namespace hjt::app
