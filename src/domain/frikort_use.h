// A frikort's amount used month by month (domain/tax_cards.h): each month's
// payslip may deduct what the months before it, from the month the card took
// effect, left of it; wage and holiday pay both use it, as the fradrag does.
#pragma once

#include <span>

#include "domain/payslip.h"
#include "domain/tax_cards.h"

namespace hjt {

// What the months of `earlier` used of a frikort, each payslip computed in
// order with what was left (their tax_card is replaced by the frikort's).
// Zero for a hovedkort or bikort.
Money free_used_by(const TaxCardInForce& card, std::span<const PayslipInput> earlier, const YearRates& rates,
                   const PayrollRules& rules);

// What a payslip used of the card's amount or fradrag: on the wage and on the holiday pay.
inline Money deduction_used(const Payslip& p) { return p.deduction_used + p.holiday_deduction_used; }

} // namespace hjt
