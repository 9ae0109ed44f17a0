// A reminder (rykker) as a letter (app/letter_service.h reminder_letter): a
// claim partly paid (a receipt) and partly set off (a payout run) is reminded;
// the letter shows what was outstanding on the reminder's day, claimed − paid −
// set off, the original due date, the new deadline and the payment line; the
// last reminder warns of hand-over; another family's claim and a reminder not
// sent are not found.
#include <catch2/catch.hpp>

#include "app/claims_overdue.h"
#include "app/claims_receipts.h"
#include "app/letter_service.h"
#include "camt_builder.h"
#include "domain/errors.h"
#include "domain/payment_reference.h"
#include "letters/pdf_probe.h"
#include "set_off_world.h"

using namespace hjt;
using namespace hjt::test;

namespace {


} // namespace

TEST_CASE("a reminder letter for a partly paid, partly set-off claim shows what is outstanding that day",
          "[claims][letters][reminder]") {
    SetOffWorld s("reminder_letter");
    auto& w = s.w;
    // Issued 2 January 2025, due 1 February; January's run sets off 2.437,50 kr.
    s.prepare_and_approve(1);
    s.bank_files(1);
    CamtEntry paid{"R1", "5000.00", fi_payment_id(s.claim), "Familien"};
    paid.booked = "2025-02-10";
    w.db().in_transaction([&](soci::session& sql) {
        app::import_camt(sql, finance_actor(kFinance), camt054("REM-1", {paid}), "bank.xml", day(2025, 2, 10));
    });
    const auto settings = app::load_letter_settings("config");
    const auto family = family_actor("fam", w.family);
    auto letter = [&](std::optional<int> n, const app::User& who) {
        app::LetterFile f;
        w.db().in_transaction([&](soci::session& sql) {
            f = app::reminder_letter(sql, who, s.claim, n, settings, "81234567", day(2025, 6, 1));
        });
        return f;
    };
    CHECK_THROWS_AS(letter(std::nullopt, family), NotFound);  // no reminder sent yet

    std::vector<app::ReminderSent> sent;
    w.db().in_transaction([&](soci::session& sql) {
        sent = app::record_reminders(sql, finance_actor(kFinance), day(2025, 2, 15));
    });
    REQUIRE(sent.size() == 1);
    // 11.700,00 − 5.000,00 paid − 2.437,50 set off = 4.262,50 kr.
    CHECK(sent[0].balance == Money::ore(1'170'000 - 500'000 - 243'750));

    const auto first = letter(1, family);
    CHECK(first.file_name == "rykker-" + std::to_string(s.claim) + "-1.pdf");
    const std::string text = squeezed(pdf_text(first.pdf));
    CHECK(has(text, "Rykker for betaling: tilbagebetalingskrav 2024 (1. rykker)"));
    CHECK(has(text, "15. februar 2025"));  // dated the reminder's day, whenever fetched
    CHECK(has(text, "(betalings-id " + fi_payment_id(s.claim) + ")"));
    CHECK(has(text, "Oprindeligt krav 11.700,00 kr"));
    CHECK(has(text, "Oprindelig betalingsfrist 01-02-2025"));
    CHECK(has(text, "Resterende beløb 4.262,50 kr"));
    CHECK(has(text, "Ny frist 01-03-2025"));  // 15 February + the policy's 14 days
    CHECK(has(text, "Betal det resterende beløb på 4.262,50 kr senest 01-03-2025"));
    CHECK(has(text, fi_payment_line(fi_payment_id(s.claim), "81234567")));
    CHECK(has(text, "Klagevejledning"));
    CHECK_FALSE(has(text, "Gældsstyrelsen"));  // the first of two reminders
    CHECK(pdf_info(first.pdf, "Title") == "Rykker for betaling: tilbagebetalingskrav 2024 (1. rykker)");

    w.db().in_transaction([&](soci::session& sql) {
        sent = app::record_reminders(sql, finance_actor(kFinance), day(2025, 3, 1));
    });
    REQUIRE(sent.size() == 1);
    const std::string last = squeezed(pdf_text(letter(std::nullopt, family).pdf));  // the latest: the second
    CHECK(has(last, "(2. rykker)"));
    CHECK(has(last, "Resterende beløb 4.262,50 kr"));
    CHECK(has(last, "Ny frist 15-03-2025"));
    CHECK(has(last, "sender kommunen kravet til inddrivelse hos Gældsstyrelsen"));

    CHECK_THROWS_AS(letter(3, family), NotFound);
    CHECK_THROWS_AS(letter(1, family_actor("andre", w.family + 1000)), NotFound);
}
