// The year cap (domain.md §4): per child, all lines paid for a calendar year
// never exceed that year's cap; the line that would cross it is cut to the
// remainder and flagged.
#pragma once

#include <span>

#include "domain/payout.h"

namespace hjt {

// Cuts `lines` (one child's new lines, in paying order) so that
// `paid_this_year` plus their sum stays within the cap. Reductions (negative
// lines) are counted first, since they make room. Returns whether any line was cut.
bool apply_year_cap(std::span<PayoutLine> lines, Money paid_this_year, const PayoutRates& rates);

} // namespace hjt
