// Gathers each child's reconciliation inputs for a year from the register,
// shifts and ledger: one query per table, never one per family, so a
// municipality of thousands of families loads in well under a second.
#pragma once

#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/reconciliation.h"

namespace hjt::store {

// What a year's reconciliation applies, the same for every child.
struct ReconciliationTerms {
    int year = 0;
    PayoutRates rates;                                       // the year's cap, holiday pay, on-cost
    HourPooling pooling = HourPooling::over_year;
    bool pay_top_ups = true;
    std::map<std::string, std::string> excluded_categories;  // category -> reason
    std::optional<Month> elapsed_through;                    // set while the year is open (forecast)
};

// One input per child that has a grant in force some day of the year (of one
// family, or of all), ordered by family then child. Used hours: the family's
// subsidisable minutes per month (shifts by their start day), shared among its
// children (share_family_hours). Received: the family's ledger postings of the
// a-conto kinds whose month concerned lies in the year. Expenses: those paid
// by lines of approved runs of the year. NotFound for an unknown family.
std::vector<ChildReconciliationInput> load_reconciliation_inputs(soci::session& sql, const ReconciliationTerms& terms,
                                                                 std::optional<Id> family_id);

} // namespace hjt::store
