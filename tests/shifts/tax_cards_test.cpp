// Tax cards with history (issue 23): which card a month's payslip withholds
// by, and a frikort's amount used month by month (domain/tax_cards.h,
// domain/frikort_use.h). Amounts hand computed from domain.md §6's example.
#include <catch2/catch.hpp>

#include "atp_tables.h"
#include "domain/frikort_use.h"
#include "domain/tax_cards.h"

using namespace hjt;

namespace {

using date::year;
const TaxCard kRegistered{Rate::basis_points(3800), Money::kroner(4000)};

DatedTaxCard card(Id id, TaxCardKind kind, Date from, int rate_bp, Money deduction = {}, Money free = {}) {
    return {id, 7, kind, from, Rate::basis_points(rate_bp), deduction, free, "familie1", "2026-01-02T08:00:00Z"};
}

Date day(int y, unsigned m, unsigned d) { return Date{year{y}, date::month{m}, date::day{d}}; }
Month month(int y, unsigned m) { return Month{year{y}, date::month{m}}; }

PayslipInput sixty_hours(Month m) {
    return PayslipInput{m, Hours::whole(60), Hours{}, Money::kroner(135), TaxCard{}};
}

const PayrollRules kMethodOne{RoundingMethod::with_ore, IncomeKind::a_income, false};

} // namespace

TEST_CASE("tax cards: a month uses the latest card of its income year from its pay date, else the registered one",
          "[tax_cards]") {
    const std::vector<DatedTaxCard> cards = {
        card(1, TaxCardKind::main, day(2026, 1, 1), 3700, Money::kroner(3000)),
        card(2, TaxCardKind::secondary, day(2026, 3, 31), 4100),  // pay date of March: holds for March
        card(3, TaxCardKind::main, day(2026, 6, 1), 3600, Money::kroner(2500)),
        card(4, TaxCardKind::main, day(2026, 6, 1), 3650, Money::kroner(2500)),  // the same day, registered later: wins
    };
    CHECK(card_in_force(kRegistered, cards, month(2026, 2)).card_id == 1);
    CHECK(card_in_force(kRegistered, cards, month(2026, 3)).card_id == 2);
    CHECK(card_in_force(kRegistered, cards, month(2026, 5)).card_id == 2);
    const TaxCardInForce june = card_in_force(kRegistered, cards, month(2026, 6));
    CHECK(june.card_id == 4);
    CHECK(june.withholding == Rate::basis_points(3650));
    CHECK(describe(june) == "Hovedkort fra 01-06-2026");
    // A card holds within its own income year: 2027 and 2025 fall back to the registered card.
    for (Month other : {month(2027, 1), month(2025, 12)}) {
        const TaxCardInForce fallback = card_in_force(kRegistered, cards, other);
        CHECK(fallback.card_id == 0);
        CHECK(fallback.kind == TaxCardKind::main);
        CHECK(fallback.monthly_deduction == Money::kroner(4000));
        CHECK(describe(fallback) == "Skattekort registreret med hjælperen (hovedkort)");
    }
}

TEST_CASE("tax cards: a bikort deducts nothing, a hovedkort its monthly fradrag", "[tax_cards]") {
    const TaxCardInForce bikort = card_in_force(kRegistered, std::vector{card(1, TaxCardKind::secondary, day(2024, 1, 1), 4100, Money::kroner(900))}, month(2024, 6));
    CHECK(withholding_card(bikort, Money{}).monthly_deduction == Money{});
    CHECK(withholding_card(bikort, Money{}).withholding == Rate::basis_points(4100));
    const TaxCardInForce hovedkort = card_in_force(kRegistered, {}, month(2024, 6));
    CHECK(withholding_card(hovedkort, Money::kroner(123)).monthly_deduction == Money::kroner(4000));
}

TEST_CASE("tax cards: a frikort is used up month by month on wage and holiday pay, then the trækprocent applies",
          "[tax_cards][frikort]") {
    // Frikort of 10.000,00 from 1 January 2024, trækprocent 38 % once it is used.
    const std::vector<DatedTaxCard> cards = {card(1, TaxCardKind::free, day(2024, 1, 1), 3800, {}, Money::kroner(10000))};
    const TaxCardInForce frikort = card_in_force(kRegistered, cards, month(2024, 2));
    REQUIRE(frikort.kind == TaxCardKind::free);
    CHECK(first_month_of(frikort) == month(2024, 1));
    const YearRates& rates = test::rates_2024();

    // January: A-income 7.421,64 and the holiday pay's 931,50 both free: 8.353,14 used, 1.646,86 left.
    const std::vector<PayslipInput> january = {sixty_hours(month(2024, 1))};
    const Money used = free_used_by(frikort, january, rates, kMethodOne);
    CHECK(used == Money::ore(835314));

    // February: 38 % × (7.421,64 − 1.646,86) = 2.194,4164 → 2.194,42; the holiday pay is taxed in full: 353,97.
    PayslipInput february = sixty_hours(month(2024, 2));
    february.tax_card = withholding_card(frikort, used);
    CHECK(february.tax_card.monthly_deduction == Money::ore(164686));
    const Payslip p = compute_payslip(february, rates, kMethodOne);
    CHECK(p.deduction_used == Money::ore(164686));
    CHECK(p.a_skat == Money::ore(219442));
    CHECK(p.net == Money::ore(810000 - 3300 - 64536 - 219442));
    CHECK(p.holiday_a_skat == Money::ore(35397));
    // March: nothing left.
    const std::vector<PayslipInput> two_months = {sixty_hours(month(2024, 1)), sixty_hours(month(2024, 2))};
    CHECK(free_used_by(frikort, two_months, rates, kMethodOne) == Money::kroner(10000));
    // A hovedkort uses no frikort.
    CHECK(free_used_by(card_in_force(kRegistered, {}, month(2024, 2)), january, rates, kMethodOne) == Money{});
}

TEST_CASE("tax cards: kinds have stable codes and Danish labels", "[tax_cards]") {
    CHECK(to_string(TaxCardKind::main) == "hovedkort");
    CHECK(to_string(TaxCardKind::secondary) == "bikort");
    CHECK(to_string(TaxCardKind::free) == "frikort");
    CHECK(parse_code<TaxCardKind>("frikort") == TaxCardKind::free);
    CHECK_FALSE(parse_code<TaxCardKind>("Frikort").has_value());
    CHECK(std::string(danish_label(TaxCardKind::secondary)) == "Bikort");
}
