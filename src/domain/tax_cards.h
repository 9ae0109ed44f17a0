// Tax cards (skattekort) with history (issue 23): what a helper's payslip
// withholds A-skat by. Skattestyrelsen issues three kinds (borger.dk,
// "Skattekort, bikort og frikort"):
// - hovedkort: a trækprocent and a monthly fradrag; one employer uses it;
// - bikort: a trækprocent and no fradrag ("fuld skat af udbetalingen");
// - frikort: an amount of the year free of A-skat (AM-bidrag is still
//   withheld); once it is used up the employer withholds by the trækprocent
//   of the forskudsopgørelse, which the card carries.
// A family registers the card it received, dated from when it holds. Cards
// are added, never edited: a mistake is put right by a new card (the later
// registration wins on the same date). A card holds from the month whose pay
// date (the month's last day, as in the eIndkomst report) is on or after its
// first day, within its own income year, until a later card; a month no
// dated card covers uses the card registered with the helper, as a hovedkort.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/enum_texts.h"

namespace hjt {

enum class TaxCardKind { main = 1, secondary, free };
std::span<const EnumText<TaxCardKind>> codes(TaxCardKind);  // hovedkort, bikort, frikort
const char* danish_label(TaxCardKind kind);                  // Hovedkort, Bikort, Frikort

struct DatedTaxCard {
    Id id = 0;
    Id helper_id = 0;
    TaxCardKind kind = TaxCardKind::main;
    Date valid_from;
    Rate withholding;          // trækprocent (a frikort's: once its amount is used up)
    Money monthly_deduction;   // månedsfradrag: a hovedkort's only
    Money free_amount;         // a frikort's: what was left of the year's amount when it took effect
    std::string registered_by;
    std::string registered_at;  // UTC, when the family registered it
};

// The card a month's payslip withholds by.
struct TaxCardInForce {
    TaxCardKind kind = TaxCardKind::main;
    std::optional<Date> valid_from;  // nullopt: the card registered with the helper
    Id card_id = 0;                  // 0: the card registered with the helper
    Rate withholding;
    Money monthly_deduction;
    Money free_amount;
};

// `cards` in any order; the helper's registered card when none covers `month`.
TaxCardInForce card_in_force(const TaxCard& registered, std::span<const DatedTaxCard> cards, Month month);

// The first month a frikort's amount is used in: the month it took effect.
// Only meaningful for a dated card (valid_from set).
Month first_month_of(const TaxCardInForce& card);

// What the month's payslip may deduct before A-skat (withholding.h): a
// hovedkort its monthly fradrag, a bikort nothing, a frikort what is left of
// its amount after `free_used_before` in the months since it took effect.
TaxCard withholding_card(const TaxCardInForce& card, Money free_used_before);

// "Frikort fra 01-01-2026", "Skattekort registreret med hjælperen (hovedkort)".
std::string describe(const TaxCardInForce& card);

} // namespace hjt
