// Helpers' dated tax cards (domain/tax_cards.h), added and listed; never
// changed or deleted.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "domain/tax_cards.h"

namespace hjt::store {

Id insert_tax_card(soci::session& sql, const DatedTaxCard& card);
// A helper's cards, by first day and registration.
std::vector<DatedTaxCard> list_tax_cards(soci::session& sql, Id helper_id);
// The cards of every helper of the families with ids first..last (one query
// for a page of families' payroll), by helper, first day and registration.
std::vector<DatedTaxCard> list_families_tax_cards(soci::session& sql, Id first_family, Id last_family);

} // namespace hjt::store
