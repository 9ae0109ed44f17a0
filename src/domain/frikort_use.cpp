#include "domain/frikort_use.h"

namespace hjt {

Money free_used_by(const TaxCardInForce& card, std::span<const PayslipInput> earlier, const YearRates& rates,
                   const PayrollRules& rules) {
    if (card.kind != TaxCardKind::free) return Money{};
    Money used;
    for (PayslipInput month : earlier) {
        month.tax_card = withholding_card(card, used);
        used += deduction_used(compute_payslip(month, rates, rules));
    }
    return used;
}

} // namespace hjt
