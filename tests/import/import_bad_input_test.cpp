// A copy of the sample folder with one thing wrong: the import is refused,
// names the file, line and column, and stores nothing of the folder.
#include <catch2/catch.hpp>

#include "app/importer.h"
#include "domain/errors.h"
#include "scratch_folder.h"
#include "store/scratch_database.h"
#include "test_actor.h"
#include "quick_import.h"
#include "text_has.h"

using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;
using hjt::test::has;

namespace {

// The refusal's message, after checking that nothing at all was stored.
std::string refusal(ScratchDatabase& db, const ScratchFolder& folder) {
    std::string message;
    try {
        hjt::app::import_folder(db.db(), folder.path(), hjt::test::admin_actor("test"), hjt::test::quick_import());
        FAIL("the folder was imported");
    } catch (const hjt::ValidationError& e) {
        message = e.what();
    }
    for (const char* table : {"families", "children", "helpers", "grants", "grant_versions", "expenses",
                              "lost_earnings_awards", "users", "import_keys", "audit_log"})
        CHECK(db.count(table) == 0);
    return message;
}

} // namespace

TEST_CASE("one bad CVR among many rows: nothing is imported and the error names file and line and column",
          "[import][bad-input]") {
    ScratchDatabase db("import_bad_cvr");
    ScratchFolder folder("import_bad_cvr");
    folder.with_sample_data().set_field("families.csv", 7, "cvr", "12345678");

    try {
        hjt::app::import_folder(db.db(), folder.path(), hjt::test::admin_actor("test"), hjt::test::quick_import());
        FAIL("the folder was imported");
    } catch (const hjt::ValidationError& e) {
        CHECK(e.field() == "families.csv:7");
        CHECK(has(e.what(), "1 fejl i "));
        CHECK(e.code() == "import_problems");
        CHECK(has(e.what(), "families.csv:7: cvr: CVR/SE-nummeret 12345678 består ikke modulus 11-kontrollen [cvr_fails_modulus_11]"));
    }
    CHECK(db.count("families") == 0);
    CHECK(db.count("audit_log") == 0);
}

TEST_CASE("every problem of a folder is listed and not just the first", "[import][bad-input]") {
    ScratchDatabase db("import_all_problems");
    ScratchFolder folder("import_all_problems");
    folder.with_sample_data();
    folder.set_field("families.csv", 7, "cvr", "12345678");
    folder.set_field("helpers.csv", 10, "tax_rate", "138,0");
    folder.set_field("expenses.csv", 4, "status", "paid");
    folder.set_field("families.csv", 9, "bank_reg", "12");

    std::string message = refusal(db, folder);
    CHECK(has(message, "4 fejl i "));
    CHECK(has(message, "families.csv:9: bank_reg: et reg.nr. er 4 cifre, fik '12'"));
    CHECK(has(message, "families.csv:7: cvr:"));
    CHECK(has(message, "helpers.csv:10: tax_rate: \"138,0\" er ikke en procentsats mellem 0 og 100 som 38,0 [not_a_percentage]"));
    CHECK(has(message, "expenses.csv:4: status: \"paid\" er ikke tilladt; skriv en af: submitted / approved / rejected [value_not_allowed]"));
}

TEST_CASE("a reference to an unknown family key is refused", "[import][bad-input]") {
    ScratchDatabase db("import_unknown_family");
    ScratchFolder folder("import_unknown_family");
    folder.with_sample_data().set_field("children.csv", 4, "family", "F999");

    CHECK(has(refusal(db, folder),
                   "children.csv:4: family: ukendt nøgle \"F999\" (hverken i families.csv eller indlæst før) [import_key_unknown]"));
}

TEST_CASE("a date that does not exist is refused", "[import][bad-input]") {
    ScratchDatabase db("import_bad_date");
    ScratchFolder folder("import_bad_date");
    folder.with_sample_data().set_field("grants.csv", 5, "decision_date", "30-02-2025");

    CHECK(has(refusal(db, folder),
                   "grants.csv:5: decision_date: \"30-02-2025\" er ikke en rigtig dato skrevet dd-mm-åååå [not_a_danish_date]"));
}

TEST_CASE("negative hours are refused", "[import][bad-input]") {
    ScratchDatabase db("import_negative_hours");
    ScratchFolder folder("import_negative_hours");
    folder.with_sample_data().set_field("grant_versions.csv", 3, "weekly_hours", "-5,00");

    CHECK(has(refusal(db, folder), "grant_versions.csv:3: weekly_hours: må ikke være negativ, fik \"-5,00\" [negative_value]"));
}

TEST_CASE("a truncated file (a quote never closed) is refused with the line it opened on", "[import][bad-input]") {
    ScratchDatabase db("import_truncated");
    ScratchFolder folder("import_truncated");
    folder.with_sample_data();
    std::string expenses = folder.read("expenses.csv");
    // Cut inside a quoted field on line 6, as a copy that stopped half-way would.
    std::size_t line6 = 0;
    for (int n = 1; n < 6; ++n) line6 = expenses.find('\n', line6) + 1;
    folder.write("expenses.csv", expenses.substr(0, line6) + "C009;03-03-2025;\"Træningsred");

    CHECK(has(refusal(db, folder), "expenses.csv:6: anførselstegnet fra linje 6 lukkes aldrig"));
}

TEST_CASE("a grant version outside its grant and a fixed line without a version are refused", "[import][bad-input]") {
    ScratchDatabase db("import_bad_versions");
    ScratchFolder folder("import_bad_versions");
    folder.with_sample_data();
    folder.set_field("grant_versions.csv", 2, "effective_from", "01-01-2024");  // G001 runs from 01-01-2025
    folder.set_field("grant_fixed_lines.csv", 2, "effective_from", "02-01-2026");

    std::string message = refusal(db, folder);
    CHECK(has(message, "grant_versions.csv:2: effective_from: 01-01-2024 ligger uden for bevillingens gyldighed (grants.csv:2) [version_outside_grant]"));
    CHECK(has(message, "grant_fixed_lines.csv:2: effective_from: grant_versions.csv har ingen version af bevilling \"G009\" fra 02-01-2026 [version_missing_on_date]"));
}

TEST_CASE("a header without a required column or with an unknown one is refused", "[import][bad-input]") {
    ScratchDatabase db("import_bad_header");
    ScratchFolder folder("import_bad_header");
    folder.with_sample_data();
    folder.write("families.csv", "key;name;bank_reg;bank_account;email;phone\nF001;Familien Test;;;;\n");
    folder.set_field("lost_earnings.csv", 1, "holidays", "holiday");  // an optional column misspelt

    std::string message = refusal(db, folder);
    CHECK(has(message, "families.csv:1: mangler kolonne(r): cvr"));
    INFO(message);
    CHECK(has(message, "lost_earnings.csv:1: holiday: ukendt kolonne (se sample-data/README.md) [import_column_unknown]"));
}

TEST_CASE("a file that is not UTF-8 is refused with the line of the first bad byte", "[import][bad-input]") {
    ScratchDatabase db("import_latin1");
    ScratchFolder folder("import_latin1");
    folder.with_sample_data();
    // "Træningsredskaber" as Windows-1252 writes it: æ is the single byte 0xE6.
    folder.write("expense_budgets.csv", "grant;effective_from;category;yearly_amount\n"
                                        "G001;01-01-2025;Tr\xE6ningsredskaber;15.000,00\n");

    CHECK(has(refusal(db, folder), "expense_budgets.csv:2: filen er ikke UTF-8-tekst (gem den som \"CSV UTF-8\") [file_not_utf8]"));
}

TEST_CASE("a row the register service refuses rolls the whole folder back", "[import][bad-input]") {
    ScratchDatabase db("import_service_refusal");
    ScratchFolder folder("import_service_refusal");
    // An amount the reader parses but the service's range refuses (domain/limits.h).
    folder.with_sample_data().set_field("helpers.csv", 3, "hourly_wage", "92.233.720.368.547.758,07");

    std::string message = refusal(db, folder);
    CHECK(has(message, "helpers.csv:3: hourly_wage: skal være mellem 0,01 kr og 2.000,00 kr"));
}

TEST_CASE("a lost-earnings purpose that is not a code of the fixed list is refused", "[import][bad-input]") {
    ScratchDatabase db("import_purpose");
    ScratchFolder folder("import_purpose");
    folder.with_sample_data().set_field("lost_earnings.csv", 3, "purpose", "Hjemmeskole");

    std::string message = refusal(db, folder);
    CHECK(has(message, "lost_earnings.csv:3: purpose: \"Hjemmeskole\" er ikke et tilladt formål"));
}

TEST_CASE("an award without the parent's normal hours, or with a malformed holiday period, is refused",
          "[import][bad-input][lost_earnings]") {
    ScratchDatabase db("import_award_terms");
    ScratchFolder folder("import_award_terms");
    folder.with_sample_data().set_field("lost_earnings.csv", 2, "normal_hours", "");
    folder.set_field("lost_earnings.csv", 3, "holidays", "07-07-2025..25-06-2025");
    folder.set_field("lost_earnings.csv", 4, "normal_hours", "20,00");

    std::string message = refusal(db, folder);
    CHECK(has(message, "lost_earnings.csv:2: normal_hours: forælderens normale ugentlige arbejdstid før bevillingen skal angives"));
    CHECK(has(message, "lost_earnings.csv:3: holidays: ferieperioder skrives 01-07-2025..19-07-2025"));
    CHECK(has(message, "lost_earnings.csv:4: hours_off_per_week: nedsatte timer skal være over 0 og højst"));
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted", "[import]") {
    ScratchDatabase db("import_bom_crlf");
    ScratchFolder folder("import_bom_crlf");
    folder.with_sample_data();
    for (const char* name : {"families.csv", "children.csv", "helpers.csv", "grants.csv", "grant_versions.csv",
                             "expenses.csv", "users.csv"}) {
        std::string crlf = "\xEF\xBB\xBF";
        for (char c : folder.read(name)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        folder.write(name, crlf);
    }

    auto report = hjt::app::import_folder(db.db(), folder.path(), hjt::test::admin_actor("test"), hjt::test::quick_import());
    CHECK(report.families == 25);
    CHECK(report.expenses == 53);
    CHECK(db.count("families") == 25);
    std::string name;
    db.sql() << "SELECT name FROM families ORDER BY id LIMIT 1", soci::into(name);
    CHECK(name == "Mette og Jens Nielsen");  // neither the BOM nor a \r stuck to a field
}

TEST_CASE("a later import refers to keys of an earlier one and missing files are fine", "[import]") {
    ScratchDatabase db("import_later");
    hjt::app::import_folder(db.db(), "sample-data", hjt::test::admin_actor("test"), hjt::test::quick_import());
    ScratchFolder folder("import_later");
    folder.write("expenses.csv", "child;date;category;amount;document_ref;status;reject_reason\n"
                                 "C001;02-03-2026;Kosttilskud;1.234,56;EGK-BILAG-9001;submitted;\n");

    auto report = hjt::app::import_folder(db.db(), folder.path(), hjt::test::admin_actor("test"), hjt::test::quick_import());
    CHECK(report.expenses == 1);
    CHECK(report.families == 0);
    long long amount = 0;
    db.sql() << "SELECT amount_ore FROM expenses WHERE document_ref = 'EGK-BILAG-9001'", soci::into(amount);
    CHECK(amount == 123456);
}

TEST_CASE("a lost-earnings award's accounts are checked like a family's, a pension scheme needs its name",
          "[import][bad-input]") {
    ScratchDatabase db("import_award_accounts");
    ScratchFolder folder("import_award_accounts");
    folder.with_sample_data();
    folder.set_field("lost_earnings.csv", 2, "parent_bank_reg", "22");
    folder.set_field("lost_earnings.csv", 3, "pension_name", "");

    std::string message = refusal(db, folder);
    CHECK(has(message, "lost_earnings.csv:2: parent_bank_reg: et reg.nr. er 4 cifre, fik '22'"));
    CHECK(has(message, "lost_earnings.csv:3: pension_name: pensionsordningen skal have et navn, når den har en konto [pension_name_missing]"));
}
