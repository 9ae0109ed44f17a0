// What a family's overview says about a child's year (issue 19): what is left
// of the grant in hours and kroner, and where the pace of the elapsed months
// leads by the year's end. The figures are the reconciliation's own (one
// source of truth); the page and the CLI only word them.
#pragma once

#include <span>
#include <string>

#include "domain/enum_texts.h"
#include "domain/reconciliation.h"

namespace hjt {

enum class OutlookWarning {
    none,        // on track, or the year is over (no forecast)
    unused,      // at this pace the family will have received more than it used: a repayment claim
    over_grant,  // at this pace the family will use more hours than granted: no subsidy for those
};

std::span<const EnumText<OutlookWarning>> codes(OutlookWarning);  // "none", "unused", "over_grant" (JSON)

struct BudgetOutlook {
    Hours remaining_hours;  // approved − used in the year so far; negative: used beyond the grant
    Money remaining_cost;   // approved cost − used cost so far, the same way
    OutlookWarning warning = OutlookWarning::none;
    // unused: the expected repayment (the forecast's balance); over_grant: the
    // expected cost of the hours beyond the grant; none: 0.
    Money amount;
};

// A repayment is the more pressing of the two, so it is the warning when both apply.
BudgetOutlook budget_outlook(const ChildReconciliation& r);

} // namespace hjt
