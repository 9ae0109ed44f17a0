#include "domain/reconciliation_inputs.h"

#include <algorithm>
#include <iterator>

#include "domain/minutes.h"
#include "domain/payout_entitlement.h"

namespace hjt {
namespace {

bool in_force_in_year(const ChildPlan& plan, int year) {
    for (unsigned m = 1; m <= 12; ++m)
        if (!covered_versions(plan, Month{date::year{year}, date::month{m}}).empty()) return true;
    return false;
}

std::unordered_map<Id, ReceivedByKind> received_by_child(const std::vector<PostingSum>& postings) {
    std::unordered_map<Id, ReceivedByKind> received;
    for (const auto& p : postings)
        if (auto kind = received_kind(p.kind)) received[p.child_id][*kind] += p.amount;
    return received;
}

ChildReconciliationInput child_input(const Family& family, ChildPlan& plan, ReconciliationRows& rows,
                                     const ReconciliationTerms& terms) {
    for (auto& grant : plan.grants)
        for (auto& version : grant.versions) {
            auto found = rows.budgets.find(version.id);
            if (found != rows.budgets.end()) version.expense_budgets = found->second;
        }
    ChildReconciliationInput in;
    in.family_id = family.id;
    in.child_id = plan.child.id;
    in.child_name = plan.child.name;
    in.year = terms.year;
    in.months = planned_months(plan, terms.year, terms.rates);
    for (auto& m : in.months) m.paid = rows.paid_months.count(m.month) > 0;
    in.expenses = std::move(rows.paid_expenses[plan.child.id]);
    in.budgets = year_budgets(plan, terms.year);
    in.excluded_categories = terms.excluded_categories;
    in.year_cap = terms.rates.year_cap;
    in.year_cap_estimated = terms.rates.year_cap_estimated;
    in.rates_estimated = terms.rates.year.holiday_pay_estimated;
    in.pooling = terms.pooling;
    in.pay_top_ups = terms.pay_top_ups;
    in.elapsed_through = terms.elapsed_through;
    return in;
}

// Shifts name no child: each month's hours are shared by approved hours.
void share_used_hours(std::vector<ChildReconciliationInput>& children, const std::array<long long, 13>& minutes) {
    for (unsigned m = 1; m <= 12; ++m) {
        std::vector<ExactHours> approved;
        for (const auto& c : children) approved.push_back(c.months[m - 1].approved_hours);
        auto shares = share_family_hours(hours_of_minutes(minutes[m]), approved);
        for (std::size_t i = 0; i < children.size(); ++i) children[i].months[m - 1].used_hours = shares[i];
    }
}

} // namespace

std::vector<ChildReconciliationInput> reconciliation_inputs(ReconciliationRows rows, const ReconciliationTerms& terms) {
    auto received = received_by_child(rows.postings);
    std::vector<ChildReconciliationInput> inputs;
    for (auto& family : rows.families) {
        std::vector<ChildReconciliationInput> children;
        for (auto& plan : family.children) {
            if (!in_force_in_year(plan, terms.year)) continue;
            children.push_back(child_input(family.family, plan, rows, terms));
            children.back().received = received[plan.child.id];
        }
        std::sort(children.begin(), children.end(),
                  [](const auto& a, const auto& b) { return a.child_id < b.child_id; });
        auto minutes = rows.used_minutes.find(family.family.id);
        if (minutes != rows.used_minutes.end() && !children.empty()) share_used_hours(children, minutes->second);
        std::move(children.begin(), children.end(), std::back_inserter(inputs));
    }
    return inputs;
}

} // namespace hjt
