// A family's account with the municipality: immutable postings (a-conto and
// adjustment lines of approved runs; later repayment claims, top-ups and
// payments received) and their balance.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"

namespace hjt {

struct LedgerPosting {
    Id id = 0;
    Id family_id = 0;
    std::optional<Id> child_id;
    std::optional<Id> run_id;
    std::optional<Month> run_month;  // the run that posted it, if any
    std::string kind;                // a line kind ("helper", "adjustment", ...) or another movement
    Month month_concerned;
    Money amount;                    // positive: paid to the family
    std::string description;
    std::string posted_at;
    std::string posted_by;
};

// What the municipality has paid the family, net: the sum of the postings.
Money balance(const std::vector<LedgerPosting>& postings);

} // namespace hjt
