#include "domain/budget_outlook.h"

namespace hjt {
namespace {

constexpr auto kWarningCodes = enum_table<OutlookWarning>({{OutlookWarning::none, "none"},
                                                           {OutlookWarning::unused, "unused"},
                                                           {OutlookWarning::over_grant, "over_grant"}});

} // namespace

std::span<const EnumText<OutlookWarning>> codes(OutlookWarning) { return kWarningCodes; }

BudgetOutlook budget_outlook(const ChildReconciliation& r) {
    BudgetOutlook out;
    out.remaining_hours = r.approved_hours - r.used_hours;
    out.remaining_cost = r.approved_cost - r.used_cost;
    if (!r.forecast) return out;
    const auto& f = *r.forecast;
    if (f.expected_balance > Money()) {
        out.warning = OutlookWarning::unused;
        out.amount = f.expected_balance;
    } else if (f.expected_used_cost > r.approved_cost) {
        out.warning = OutlookWarning::over_grant;
        out.amount = f.expected_used_cost - r.approved_cost;
    }
    return out;
}

} // namespace hjt
