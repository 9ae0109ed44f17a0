// The lost-earnings decision (afgørelse om tabt arbejdsfortjeneste, Barnets
// Lov § 87, domain.md §8) as a letter to the parent: the award's terms and the
// year month by month, from the same figures as the xlsx specification
// (app/lost_earnings_service.h), with the appeal guidance.
#pragma once

#include <vector>

#include "reports/lost_earnings_sheet.h"
#include "reports/statement_letter.h"

namespace hjt::reports {

Letter lost_earnings_letter(const LostEarningsStatement& who, int year, const std::vector<LostEarningsMonth>& months,
                            const LetterContext& context);

} // namespace hjt::reports
