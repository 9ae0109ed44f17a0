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
#include "statement_world.h"

using namespace hjt;
using hjt::test::run_hjt;

namespace {

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

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
