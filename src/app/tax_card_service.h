// Helpers' tax cards with history (issue 23, README "Tax cards"): the family,
// as employer, registers each card it receives from Skattestyrelsen, dated
// from when it holds (domain/tax_cards.h); cards are added, never edited, and
// each is an audit entry. Permission: family_edit for the helper's family
// (a family only for its own helpers; another family's helper is NotFound).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "app/permissions.h"
#include "domain/tax_cards.h"

namespace hjt::app {

// Checks, stores and audits one card; registered_by/at are set here.
// ValidationError naming the field: kind, valid_from, withholding,
// monthly_deduction (a hovedkort's only), free_amount (a frikort's only).
DatedTaxCard register_tax_card(soci::session& sql, const User& actor, DatedTaxCard card);

// A helper's cards, oldest first (read_own_family).
std::vector<DatedTaxCard> list_tax_cards(soci::session& sql, const User& actor, Id helper_id);

// A CSV of cards, all or nothing: header hjælper;skattekort;gælder_fra;
// trækprocent and optional månedsfradrag;frikortbeløb (Danish formats:
// dd-mm-yyyy, 38,0, 1.234,56); `hjælper` is the helper's import key or id.
// Every bad line is named in one ValidationError and nothing is stored.
std::vector<DatedTaxCard> import_tax_cards(soci::session& sql, const User& actor, std::string_view csv,
                                           const std::string& source);

} // namespace hjt::app
