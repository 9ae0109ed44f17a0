// Tax cards with history through the service (issue 23): registered by the
// family as employer, audited, refused with the field named, imported from
// CSV all or nothing; each payslip uses the card in force for its month and
// says which, a frikort used up across months. Amounts hand computed from
// domain.md §6's worked example (60 h × 135,00 kr, 2024 ATP table).
#include <catch2/catch.hpp>

#include "app/payslip_service.h"
#include "app/tax_card_service.h"
#include "atp_tables.h"
#include "shift_fixture.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ShiftFamily;

namespace {

const Month kJanuary{date::year{2026}, date::January};
const Month kFebruary{date::year{2026}, date::February};
const Month kMarch{date::year{2026}, date::March};


// 20 shifts of 3 hours in the month's first 20 days: 60 hours.
std::string sixty_hours(const std::string& month_mm) {
    std::string csv;
    for (int day = 1; day <= 20; ++day)
        csv += "H1;" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "-" + month_mm + "-2026;09:00;12:00\n";
    return csv;
}

DatedTaxCard card(Id helper, TaxCardKind kind, int y, unsigned m, unsigned d, int rate_bp, Money deduction = {},
                  Money free = {}) {
    DatedTaxCard c;
    c.helper_id = helper;
    c.kind = kind;
    c.valid_from = Date{date::year{y}, date::month{m}, date::day{d}};
    c.withholding = Rate::basis_points(rate_bp);
    c.monthly_deduction = deduction;
    c.free_amount = free;
    return c;
}

DatedTaxCard register_card(ShiftFamily& f, const app::User& actor, const DatedTaxCard& c) {
    DatedTaxCard stored;
    f.scratch.db().in_transaction([&](soci::session& sql) { stored = app::register_tax_card(sql, actor, c); });
    return stored;
}

std::string refused_field(ShiftFamily& f, const DatedTaxCard& c) {
    try {
        register_card(f, test::family_actor("familie", f.family), c);
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "accepted";
}

} // namespace

TEST_CASE("tax cards: each payslip uses the card in force for its month and says which, a frikort is used up "
          "across months",
          "[tax_cards][service]") {
    ShiftFamily f("tax_card_payslips");
    f.import_csv("helper;date;start;end\n" + sixty_hours("01") + sixty_hours("02") + sixty_hours("03"));
    const long long audit_before = f.scratch.count("audit_log");
    const auto family = test::family_actor("familie", f.family);
    const DatedTaxCard frikort =
        register_card(f, family, card(f.helper, TaxCardKind::free, 2026, 1, 1, 3800, {}, Money::kroner(10000)));
    CHECK(frikort.registered_by == "familie");
    register_card(f, family, card(f.helper, TaxCardKind::main, 2026, 3, 1, 3800));
    CHECK(f.scratch.count("audit_log") == audit_before + 2);
    CHECK(f.scratch.count("helper_tax_cards") == 2);

    // January: the frikort covers A-income 7.421,64 and the holiday pay's 931,50; 1.646,86 left.
    auto january = app::helper_payslip(f.scratch.sql(), f.helper, kJanuary, test::rate_book_2026(), Policy{});
    CHECK(january.tax_card.card_id == frikort.id);
    CHECK(describe(january.tax_card) == "Frikort fra 01-01-2026");
    CHECK(january.payslip.a_skat == Money{});
    CHECK(january.payslip.holiday_a_skat == Money{});
    CHECK(january.free_left == Money::ore(164686));

    // February: 38 % × (7.421,64 − 1.646,86) = 2.194,42; the holiday pay taxed in full, 353,97.
    auto february = app::helper_payslip(f.scratch.sql(), f.helper, kFebruary, test::rate_book_2026(), Policy{});
    CHECK(february.payslip.a_skat == Money::ore(219442));
    CHECK(february.payslip.holiday_a_skat == Money::ore(35397));
    CHECK(february.free_left == Money{});
    auto family_february = app::family_payslips(f.scratch.sql(), f.family, kFebruary, test::rate_book_2026(), Policy{});
    REQUIRE(family_february.helpers.size() == 1);
    CHECK(family_february.helpers[0].payslip.a_skat == Money::ore(219442));

    // March: the hovedkort with fradrag 0 gives the worked example's A-skat 2.820,22.
    auto march = app::helper_payslip(f.scratch.sql(), f.helper, kMarch, test::rate_book_2026(), Policy{});
    CHECK(describe(march.tax_card) == "Hovedkort fra 01-03-2026");
    CHECK(march.payslip.a_skat == Money::ore(282022));
    CHECK_FALSE(march.free_left.has_value());

    // The second helper has no dated card: the registered one.
    CHECK(app::list_tax_cards(f.scratch.sql(), family, f.second_helper).empty());
}

TEST_CASE("tax cards: refusals name the field, another family's helper is not found, nothing is stored",
          "[tax_cards][service][refuse]") {
    ShiftFamily f("tax_card_refusals");
    CHECK(refused_field(f, card(f.helper, TaxCardKind::secondary, 2026, 1, 1, 4000, Money::kroner(100))) ==
          "monthly_deduction");
    CHECK(refused_field(f, card(f.helper, TaxCardKind::main, 2026, 1, 1, 4000, {}, Money::kroner(100))) ==
          "free_amount");
    CHECK(refused_field(f, card(f.helper, TaxCardKind::main, 2026, 1, 1, 10001)) == "withholding");
    CHECK(refused_field(f, card(f.helper, TaxCardKind::free, 2026, 1, 1, 3800, {}, Money::kroner(1'000'001))) ==
          "free_amount");
    CHECK(refused_field(f, card(f.helper, TaxCardKind::main, 1999, 1, 1, 3800)) == "valid_from");
    CHECK(refused_field(f, card(f.helper, TaxCardKind::main, 2026, 2, 30, 3800)) == "valid_from");
    CHECK_THROWS_AS(register_card(f, test::family_actor("familie", f.family),
                                  card(f.other_family_helper, TaxCardKind::main, 2026, 1, 1, 3800)),
                    NotFound);
    CHECK_THROWS_AS(register_card(f, test::finance_actor("finans"), card(f.helper, TaxCardKind::main, 2026, 1, 1, 3800)),
                    Forbidden);
    CHECK(f.scratch.count("helper_tax_cards") == 0);
    CHECK_THROWS_AS(app::list_tax_cards(f.scratch.sql(), test::family_actor("familie", f.family), f.other_family_helper),
                    NotFound);
    // A caseworker may register one for the family.
    register_card(f, test::caseworker_actor("sagsbehandler"), card(f.helper, TaxCardKind::main, 2026, 1, 1, 3800));
    CHECK(f.scratch.count("helper_tax_cards") == 1);
}

TEST_CASE("tax cards: a CSV import names every bad line and stores nothing, a good one stores every card",
          "[tax_cards][service][import]") {
    ShiftFamily f("tax_card_import");
    const auto family = test::family_actor("familie", f.family);
    const std::string header = "hjælper;skattekort;gælder_fra;trækprocent;månedsfradrag;frikortbeløb\n";
    const std::string bad = header +
                            "H1;hovedkort;01-01-2026;38,0;4.000,00;\n"  // good
                            "H9;hovedkort;01-01-2026;38,0;;\n"          // no such helper
                            "H1;hoved;01-02-2026;38,0;;\n"              // no such kind
                            "H2;bikort;31-02-2026;40,0;;\n"             // no such date
                            "H2;bikort;01-03-2026;40,0;500,00;\n";      // a bikort has no fradrag
    try {
        f.scratch.db().in_transaction([&](soci::session& sql) { app::import_tax_cards(sql, family, bad, "skattekort.csv"); });
        FAIL("the file was accepted");
    } catch (const ValidationError& e) {
        const std::string message = e.what();
        CHECK(e.field() == "skattekort.csv:3");
        for (const char* line : {"skattekort.csv:3: hjælper", "skattekort.csv:4: skattekort", "skattekort.csv:5: gælder_fra",
                                 "skattekort.csv:6: monthly_deduction"})
            CHECK_THAT(message, Catch::Contains(line));
        CHECK_THAT(message, !Catch::Contains("skattekort.csv:2"));
        CHECK_THAT(message, Catch::Contains("intet er indlæst"));
    }
    CHECK(f.scratch.count("helper_tax_cards") == 0);

    std::vector<DatedTaxCard> stored;
    f.scratch.db().in_transaction([&](soci::session& sql) {
        stored = app::import_tax_cards(sql, family,
                                       header + "H1;frikort;01-01-2026;38;;10.000,00\n" +
                                           std::to_string(f.second_helper) + ";bikort;01-01-2026;40,5;;\n",
                                       "skattekort.csv");
    });
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].free_amount == Money::kroner(10000));
    CHECK(stored[1].helper_id == f.second_helper);
    CHECK(stored[1].withholding == Rate::basis_points(4050));
    CHECK(f.scratch.count("helper_tax_cards") == 2);
}
