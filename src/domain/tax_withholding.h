// AM-bidrag and A-skat withheld from an A-income (domain.md §6): one rule for
// the helpers' payslips and the parents' lost earnings (§8), so the two never
// withhold differently. How the two are rounded is this function's business
// alone (Skattestyrelsen's methods, issue 22).
#pragma once

#include "domain/entities.h"

namespace hjt {

struct TaxWithheld {
    Money am_bidrag;
    Money a_skat;
};

// `am_income`: the AM-bidrag base (gross less the employee's ATP). A-skat is
// the trækprocent of what is left after AM-bidrag and the month's fradrag not
// yet used (`card.monthly_deduction`), never negative.
TaxWithheld withhold_tax(Money am_income, const TaxCard& card, Rate am_bidrag_rate);

} // namespace hjt
