// The letters on hand-made data: what a person reads comes back out of the PDF
// as text (pdftotext), from the same structs the xlsx versions take.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/letter_settings.h"
#include "domain/errors.h"
#include "pdf_probe.h"
#include "reports/claim_letter.h"
#include "reports/lost_earnings_letter.h"
#include "reports/payslip_letter.h"
#include "reports/statement_letter.h"

using namespace hjt;
using namespace hjt::reports;
using hjt::test::has;
using hjt::test::pdf_info;
using hjt::test::pdf_text;
using hjt::test::squeezed;

namespace {

LetterContext context() {
    const auto settings = app::load_letter_settings("config");
    return {settings.letterhead, date::year{2027} / 2 / 5, settings.appeal_guidance, settings.appeal_weeks};
}

// One child, 2026: eligible 10.000,00, received 11.234,56: a claim of 1.234,56.
AnnualStatement statement(StatementStatus status) {
    AnnualStatement s;
    s.family_id = 7;
    s.family_name = "Familien Ærø";
    s.family_cvr = "12345674";
    s.year = 2026;
    StatementChild c;
    c.cpr_masked = "010203-XXXX";
    c.status = status;
    c.computed_at = "2027-01-20T09:15:00Z";
    ChildReconciliation& r = c.figures;
    r.child_name = "Åse";
    r.year = 2026;
    r.eligible_helper = Money::ore(1'000'000);
    r.eligible_before_cap = r.eligible = Money::ore(1'000'000);
    r.year_cap = Money::ore(72'073'200);
    r.received[LineKind::helper] = Money::ore(1'123'456);
    r.balance = Money::ore(123'456);
    r.outcome = ReconciliationOutcome::repayment_claim;
    r.months.push_back({date::year{2026} / 3, Hours::hundredths(8667), Hours::hundredths(7000), Money::ore(15'788),
                        Money::ore(1'368'250), Money::ore(1'105'160), Money::ore(1'105'160), 1'578'750});
    s.children.push_back(c);
    s.runs = {date::year{2026} / 1, date::year{2026} / 2};
    return s;
}

std::string text_of(const Letter& letter) { return squeezed(pdf_text(render_letter(letter))); }


} // namespace

TEST_CASE("the final annual statement is a decision letter with the letterhead, figures, result and appeal guidance",
          "[letters]") {
    const std::string pdf = render_letter(statement_letter(statement(StatementStatus::final), context()));
    const std::string text = squeezed(pdf_text(pdf));
    CHECK(has(text, "Egeskov Kommune"));
    CHECK(has(text, "Rådhuspladsen 1"));
    CHECK(has(text, "CVR 30000005"));
    CHECK(has(text, "5. februar 2027"));
    CHECK(has(text, "Afgørelse om årsopgørelse for hjemmetræning 2026"));
    CHECK(has(text, "Kære Familien Ærø"));
    CHECK(has(text, "Åse, CPR 010203-XXXX"));
    CHECK(has(text, "Tallene er beregnet 20-01-2027 kl. 10:15"));  // Copenhagen time, not UTC
    CHECK(has(text, "Støtteberettiget 10.000,00 kr"));
    CHECK(has(text, "Modtaget i alt 11.234,56 kr"));
    CHECK(has(text, "Resultat: Tilbagebetalingskrav. Familien betaler 1.234,56 kr tilbage til kommunen."));
    CHECK(has(text, "marts 2026 86,67 70,00 157,875 13.682,50 11.051,60"));  // the exact hourly cost
    CHECK(has(text, "Klagevejledning"));
    CHECK(has(text, "Afgørelsens dato: 5. februar 2027. Klagefrist: 5. marts 2027 (4 uger efter afgørelsens dato)."));
    CHECK(has(text, "retssikkerhedslovens § 66"));
    CHECK(pdf_info(pdf, "Title") == "Afgørelse om årsopgørelse for hjemmetræning 2026");
    CHECK(pdf_info(pdf, "Author") == "Egeskov Kommune");
}

TEST_CASE("a draft annual statement is provisional: no decision, no appeal guidance", "[letters]") {
    const std::string text = text_of(statement_letter(statement(StatementStatus::draft), context()));
    CHECK(has(text, "Foreløbig årsopgørelse for hjemmetræning 2026"));
    CHECK_FALSE(has(text, "Klagevejledning"));
    CHECK_FALSE(has(text, "Klagefrist"));
    CHECK_FALSE(has(text, "Afgørelse"));
}

TEST_CASE("the claim letter prints the amount, due date, payment line and reference", "[letters]") {
    ClaimLetterData claim{"Familien Ærø", "12345674", 2026, Money::ore(123'456), date::year{2027} / 3 / 8,
                          "+71<000000000012347+85123456<", "000000000012347"};
    const std::string text = text_of(claim_letter(claim, context()));
    CHECK(has(text, "Krav om tilbagebetaling af tilskud til hjemmetræning 2026"));
    CHECK(has(text, "I har fået 1.234,56 kr mere udbetalt"));
    CHECK(has(text, "Betales senest 08-03-2027"));
    CHECK(has(text, "+71<000000000012347+85123456<"));
    CHECK(has(text, "Betalings-id (reference) 000000000012347"));
    CHECK(has(text, "Klagevejledning"));
    CHECK(has(text, "Klagefrist: 5. marts 2027"));
    claim.amount = Money{};
    CHECK_THROWS_AS(claim_letter(claim, context()), std::invalid_argument);
}

TEST_CASE("the lost-earnings decision shows the months, the parent's masked CPR and the appeal guidance", "[letters]") {
    LostEarningsStatement who{"Søren Østergaard", "010180-XXXX", "Åse", TaxCard{Rate::basis_points(3800), Money{}},
                              Hours::hundredths(1850), Hours::hundredths(3700), {}};
    LostEarningsMonth june;
    june.month = date::year{2024} / 6;
    june.benefit = Money::ore(1'762'350);
    june.pension = Money::ore(168'000);
    june.net = Money::ore(1'000'000);
    const std::string text = text_of(lost_earnings_letter(who, 2024, {june}, context()));
    CHECK(has(text, "Afgørelse om tabt arbejdsfortjeneste 2024"));
    CHECK(has(text, "Søren Østergaard CPR 010180-XXXX"));
    CHECK(has(text, "18,50 af dine egne 37,00 timer"));
    CHECK(has(text, "juni 2024 17.623,50 1.680,00"));
    CHECK(has(text, "I alt 17.623,50 1.680,00"));
    CHECK(has(text, "Klagevejledning"));
}

TEST_CASE("the payslip letter shows the domain's worked example", "[letters]") {
    PayslipDocument d;
    d.employer_name = "Familien Ærø";
    d.employer_cvr = "12345674";
    d.helper_name = "Jørgen Hjælper";
    d.helper_cpr_masked = "020290-XXXX";
    d.month = date::year{2024} / 3;
    d.tax_card.withholding = Rate::basis_points(3800);
    Payslip& p = d.payslip;
    p.hours = Hours::hundredths(6000);
    p.hourly_wage = Money::ore(13'500);
    p.gross = Money::ore(810'000);
    p.atp_employee = Money::ore(3'300);
    p.am_income = Money::ore(806'700);
    p.am_bidrag = Money::ore(64'536);
    p.a_income = Money::ore(742'164);
    p.a_skat = Money::ore(282'022);
    p.net = Money::ore(460'142);
    const std::string text = text_of(payslip_letter(d, context()));
    CHECK(has(text, "Lønseddel for marts 2024"));
    CHECK(has(text, "Jørgen Hjælper CPR 020290-XXXX"));
    CHECK(has(text, "A-skat af 7.421,64 kr (fradrag 0,00 kr) 38 % -2.820,22 kr"));
    CHECK(has(text, "Til udbetaling 4.601,42 kr"));
}

TEST_CASE("letter settings without the municipality's name are refused, naming the key", "[letters]") {
    const std::string dir = "build/letters_config_test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/letters.properties") << "letters.appeal_guidance = x\n";
    try {
        app::load_letter_settings(dir);
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "letters.properties:letters.municipality.name");
    }
}

TEST_CASE("the appeal deadline follows letters.appeal_weeks, anything but 1-52 whole weeks is refused", "[letters]") {
    const std::string dir = "build/letters_appeal_weeks_test";
    std::filesystem::create_directories(dir);
    auto settings_with = [&](const std::string& weeks) {
        std::ofstream(dir + "/letters.properties")
            << "letters.municipality.name = Egeskov Kommune\nletters.appeal_guidance = x\n" << weeks;
        return app::load_letter_settings(dir);
    };
    CHECK(settings_with("").appeal_weeks == 4);  // not set: the documented default
    const auto six = settings_with("letters.appeal_weeks = 6\n");
    CHECK(six.appeal_weeks == 6);
    ClaimLetterData claim{"Familien Ærø", "12345674", 2026, Money::ore(123'456), date::year{2027} / 3 / 8,
                          "+71<000000000012347+85123456<", "000000000012347"};
    const LetterContext six_weeks{six.letterhead, date::year{2027} / 2 / 5, six.appeal_guidance, six.appeal_weeks};
    CHECK(has(text_of(claim_letter(claim, six_weeks)), "Klagefrist: 19. marts 2027 (6 uger efter afgørelsens dato)."));
    CHECK(appeal_deadline(date::year{2026} / 12 / 15, 4) == date::year{2027} / 1 / 12);  // across the new year
    for (const std::string bad : {"0", "53", "fire", "4,5", "-4", "100"}) {
        try {
            settings_with("letters.appeal_weeks = " + bad + "\n");
            FAIL("accepted " << bad);
        } catch (const ValidationError& e) {
            CHECK(e.field() == "letters.properties:letters.appeal_weeks");
        }
    }
}
