// Loads what compute_payout needs for a month: the register rows that can pay
// in its year, the unpaid approved expenses and the year's approved lines.
// One query per table, never one per family, so a municipality of 10,000
// families loads in a fraction of a second.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "domain/payout.h"
#include "store/family_range.h"

namespace hjt::store {

// The approved (or paid) run months of `month`'s year before `month`, ascending.
std::vector<Month> approved_months_before(soci::session& sql, Month month);

// The basis for `month` with the given rates. Its settled_months run from the
// year's first approved month to the month before `month`.
PayoutBasis load_payout_basis(soci::session& sql, Month month, const PayoutRates& rates);

// The families (one, a page, or all) with their children's plans for the year: the
// grants, versions and fixed lines that can pay in it. Only family and
// children are filled (the reconciliation's register, store/reconciliation_rows.h).
std::vector<FamilyPayoutBasis> load_year_plans(soci::session& sql, int year, const FamilyScope& scope);

} // namespace hjt::store
