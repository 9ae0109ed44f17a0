// The annual statement as a PDF letter from the store: the same figures as the
// xlsx (the Holm family's 2024: balance 8.700,00 kr, a repayment claim), a
// family user reaches only its own letter, and `hjt letters statement` writes it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/letter_service.h"
#include "domain/errors.h"
#include "import/scratch_folder.h"
#include "letters/pdf_probe.h"
#include "payout/cli_runner.h"
#include "payout/payout_domain_fixtures.h"
#include "reports/statement_letter.h"
#include "asta_statement.h"
#include "statement_world.h"

using namespace hjt;
using hjt::test::has;
using hjt::test::run_hjt;

namespace {


} // namespace

TEST_CASE("the statement letter shows the reconciliation's own figures and the result", "[statements][letters]") {
    test::StatementWorld world("statement_letter");
    world.pay_year();
    world.make_final();
    const auto settings = app::load_letter_settings("config");
    app::LetterFile letter;
    world.db().in_transaction([&](soci::session& sql) {
        letter = app::statement_letter(sql, test::finance_actor("okonomi"), world.family, 2024, settings,
                                       hjt::test::day(2025, 2, 3));
    });
    CHECK(letter.file_name == "aarsopgoerelse-" + std::to_string(world.family) + "-2024.pdf");
    const std::string text = test::squeezed(test::pdf_text(letter.pdf));
    CHECK(has(text, "Afgørelse om årsopgørelse for hjemmetræning 2024"));
    CHECK(has(text, "3. februar 2025"));
    CHECK(has(text, "Støtteberettiget 109.300,00 kr"));
    CHECK(has(text, "Modtaget i alt 118.000,00 kr"));
    CHECK(has(text, "Saldo: modtaget − støtteberettiget 8.700,00 kr"));
    CHECK(has(text, "Resultat: Tilbagebetalingskrav. Familien betaler 8.700,00 kr tilbage til kommunen."));
    CHECK(has(text, "Klagevejledning"));
}

TEST_CASE("a family user gets no other family's letter", "[statements][letters]") {
    test::StatementWorld world("statement_letter_other");
    const auto settings = app::load_letter_settings("config");
    world.db().in_transaction([&](soci::session& sql) {
        CHECK_THROWS_AS(app::statement_letter(sql, test::family_actor("fremmed", world.family + 1), world.family, 2024,
                                              settings, hjt::test::day(2025, 2, 3)),
                        NotFound);
    });
}

TEST_CASE("hjt letters statement writes the PDF letter", "[statements][letters][cli]") {
    test::StatementWorld world("statement_letter_cli");
    world.pay_year();
    world.make_final();
    testing::ScratchFolder dir("statement_letter_cli");
    const std::string file = dir.file("holm.pdf").string();
    auto run = run_hjt(test::finance_actor("okonomi"), world.path(),
                       "letters statement --family " + std::to_string(world.family) + " --year 2024 --out '" + file + "'");
    REQUIRE(run.exit_code == 0);
    std::ifstream in(file, std::ios::binary);
    const std::string pdf(std::istreambuf_iterator<char>(in), {});
    CHECK(has(test::squeezed(test::pdf_text(pdf)), "Familien betaler 8.700,00 kr tilbage til kommunen."));
    CHECK(run_hjt(test::finance_actor("okonomi"), world.path(), "letters statement --family 1 --out x.pdf").exit_code == 2);
}

TEST_CASE("the final statement letter: issue date, appeal deadline and domain.md's figures to redo by hand, to the øre",
          "[statements][letters]") {
    auto s = test::statement();
    s.children[0].status = reports::StatementStatus::final;
    const auto settings = app::load_letter_settings("config");
    const reports::LetterContext context{settings.letterhead, hjt::test::day(2027, 2, 5), settings.appeal_guidance,
                                         settings.appeal_weeks};
    const std::string text =
        test::squeezed(test::pdf_text(reports::render_letter(reports::statement_letter(s, context))));
    CHECK(has(text, "Afgørelse om årsopgørelse for hjemmetræning 2026"));
    CHECK(has(text, "Afgørelsens dato: 5. februar 2027. Klagefrist: 5. marts 2027 (4 uger efter afgørelsens dato)."));
    CHECK(has(text, "Tallene er beregnet 05-01-2025 kl. 11:00"));
    // 20 h/week × 52 = 1.040,00 hours (not 12 × 86,67 = 1.040,04), at 157,875 kr (not 157,88).
    CHECK(has(text, "Bevilgede timer 1.040,00"));
    CHECK(has(text, "Bevilgede timer × timepris: 1.040,00 × 157,875 kr = 164.190,00 kr"));
    CHECK(has(text, "Brugte timer × timepris: 960,00 × 157,875 kr = 151.560,00 kr"));
    CHECK(has(text, "Hjælpere: brugt beløb, højst det bevilgede: det mindste af 151.560,00 kr og 164.190,00 kr = 151.560,00 kr"));
    CHECK(has(text, "Hjælpere + udlæg + faste beløb: 151.560,00 kr + 1.000,00 kr + 0,00 kr = 152.560,00 kr"));
    CHECK(has(text, "Støtteberettiget: højst årsloftet: det mindste af 152.560,00 kr og 706.600,00 kr = 152.560,00 kr"));
    CHECK(has(text, "Modtaget − støtteberettiget = saldo: 165.690,00 kr − 152.560,00 kr = 13.130,00 kr"));
    CHECK(has(text, "marts 2026 86,67 80,00 157,875 13.682,50 12.630,00"));
    CHECK(has(text, "Klagevejledning"));
}
