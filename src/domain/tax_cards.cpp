#include "domain/tax_cards.h"

#include <tuple>

#include "domain/danish_format.h"
#include "domain/invariant.h"

namespace hjt {

namespace {

constexpr auto kTaxCardKindCodes = enum_table<TaxCardKind>(
    {{TaxCardKind::main, "hovedkort"}, {TaxCardKind::secondary, "bikort"}, {TaxCardKind::free, "frikort"}});
constexpr auto kTaxCardKindLabels = enum_table<TaxCardKind>(
    {{TaxCardKind::main, "Hovedkort"}, {TaxCardKind::secondary, "Bikort"}, {TaxCardKind::free, "Frikort"}});

// Whether `card` holds in `month`: its income year, and on the month's pay date.
bool covers(const DatedTaxCard& card, Month month) {
    return card.valid_from.year() == month.year() && card.valid_from <= last_day(month);
}

} // namespace

std::span<const EnumText<TaxCardKind>> codes(TaxCardKind) { return kTaxCardKindCodes; }
const char* danish_label(TaxCardKind kind) { return text_of(kTaxCardKindLabels, kind); }

TaxCardInForce card_in_force(const TaxCard& registered, std::span<const DatedTaxCard> cards, Month month) {
    const DatedTaxCard* latest = nullptr;
    for (const DatedTaxCard& card : cards) {
        if (!covers(card, month)) continue;
        // The latest first day wins; on the same day the later registration.
        if (!latest || std::tie(latest->valid_from, latest->id) < std::tie(card.valid_from, card.id)) latest = &card;
    }
    if (!latest) return {TaxCardKind::main, std::nullopt, 0, registered.withholding, registered.monthly_deduction, {}};
    return {latest->kind,       latest->valid_from,        latest->id, latest->withholding,
            latest->monthly_deduction, latest->free_amount};
}

Month first_month_of(const TaxCardInForce& card) {
    check_invariant(card.valid_from.has_value(), "a frikort's months start at its first day");
    return month_of(*card.valid_from);
}

TaxCard withholding_card(const TaxCardInForce& card, Money free_used_before) {
    switch (card.kind) {
    case TaxCardKind::main: return {card.withholding, card.monthly_deduction};
    case TaxCardKind::secondary: return {card.withholding, Money{}};
    case TaxCardKind::free: break;
    }
    check_invariant(free_used_before <= card.free_amount, "a frikort is not used beyond its amount");
    return {card.withholding, card.free_amount - free_used_before};
}

std::string describe(const TaxCardInForce& card) {
    if (!card.valid_from) return "Skattekort registreret med hjælperen (hovedkort)";
    return std::string(danish_label(card.kind)) + " fra " + format_danish_date(*card.valid_from);
}

} // namespace hjt
