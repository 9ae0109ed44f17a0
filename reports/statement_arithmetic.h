// The annual statement's computation (domain.md §7) as lines a family can
// redo by hand (issue 19): each step "a × b = c", "a + b + c = d", "det
// mindste af a og b = c", with the reconciliation's own figures, so c is
// always what the statement counts. A product is shown as one only when it
// holds to the øre: a year with one hourly cost. A year whose months differ
// (a new wage, a month's rounding) says the figure is the months' sum and
// points to the months table, where each month's line can be redone.
#pragma once

#include <string>
#include <vector>

#include "domain/reconciliation.h"

namespace hjt::reports {

struct ComputationLine {
    std::string what;        // "Bevilgede timer × timepris"
    std::string arithmetic;  // "1.040,00 × 157,875 kr = 164.190,00 kr"
};

std::vector<ComputationLine> computation_lines(const ChildReconciliation& figures);

// Hours × an exact price in hundredths of øre, rounded once, half away from zero.
Money hours_times_price(Hours hours, std::int64_t price_ore100);

} // namespace hjt::reports
