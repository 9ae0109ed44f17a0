// The letter of a stored repayment claim (app/letter_service.h claim_letter):
// the claim's own amount, due date and payment line, read back from the PDF;
// another family's claim is not found.
#include <catch2/catch.hpp>

#include "app/letter_service.h"
#include "domain/errors.h"
#include "domain/payment_reference.h"
#include "claim_world.h"
#include "letters/pdf_probe.h"
#include "reconcile_world.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("a stored claim as a letter: amount, due date, payment line, another family's is not found",
          "[claims][letters]") {
    ReconcileWorld w("claim_letter");
    const Date final_day{date::year{2025}, date::month{2}, date::day{1}};
    const Id claim = make_claim(w, final_day);
    const auto settings = app::load_letter_settings("config");
    app::LetterFile letter;
    w.db().in_transaction([&](soci::session& sql) {
        letter = app::claim_letter(sql, family_actor("fam", w.family), claim, settings, "81234567", final_day);
    });
    CHECK(letter.file_name == "tilbagebetalingskrav-" + std::to_string(claim) + ".pdf");
    const std::string text = squeezed(pdf_text(letter.pdf));
    CHECK(text.find("Krav om tilbagebetaling af tilskud til hjemmetræning 2024") != std::string::npos);
    CHECK(text.find("11.700,00 kr mere udbetalt") != std::string::npos);
    CHECK(text.find("Betales senest 03-03-2025") != std::string::npos);  // 30 days after 1 February
    CHECK(text.find(fi_payment_line(fi_payment_id(claim), "81234567")) != std::string::npos);
    CHECK(text.find("1. februar 2025") != std::string::npos);  // dated the issue day, whenever fetched
    w.db().in_transaction([&](soci::session& sql) {
        CHECK_THROWS_AS(app::claim_letter(sql, family_actor("andre", w.family + 1000), claim, settings, "81234567",
                                          final_day),
                        NotFound);
    });
}
