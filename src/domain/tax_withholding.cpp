#include "domain/tax_withholding.h"

#include "domain/exact.h"

namespace hjt {

TaxWithheld withhold_tax(Money am_income, const TaxCard& card, Rate am_bidrag_rate) {
    TaxWithheld t;
    t.am_bidrag = (am_income * am_bidrag_rate).rounded();
    Money taxable = am_income - t.am_bidrag - card.monthly_deduction;
    // A-skat is withheld in whole kroner, rounded down.
    if (taxable > Money{}) t.a_skat = (taxable * card.withholding).floored_to_kroner();
    return t;
}

} // namespace hjt
