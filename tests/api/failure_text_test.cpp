// Issue 17: a failing write must not put a CPR number or an account number in
// stderr or the server log, and a full disk is said so in Danish.
#include <catch2/catch.hpp>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "app/failure_text.h"
#include "import/scratch_folder.h"
#include <filesystem>

using namespace hjt;

TEST_CASE("long numbers are hidden in failure texts, short ones are kept", "[security][errors]") {
    CHECK(app::without_long_numbers("CPR 010190-1234 og konto 5301 0000654321, år 2026, linje 17") ==
          "CPR [skjult] og konto [skjult], år 2026, linje 17");
    CHECK(app::without_long_numbers("cvr 12345674;") == "cvr [skjult];");
    CHECK(app::without_long_numbers("") == "");
}

TEST_CASE("a database error keeps its own message and drops the statement's bound values", "[security][errors]") {
    soci::soci_error error("UNIQUE constraint failed: lost_earnings_awards.parent_cpr");
    error.add_context("while executing \"INSERT INTO lost_earnings_awards (parent_cpr) VALUES (:cpr)\" with :cpr=\"0101901234\"");
    REQUIRE(std::string(error.what()).find("0101901234") != std::string::npos);  // what SOCI would have printed
    const app::Failure f = app::describe_failure(error);
    CHECK_FALSE(f.storage_unwritable);
    CHECK(f.text == "databasefejl: UNIQUE constraint failed: lost_earnings_awards.parent_cpr");
}

TEST_CASE("a write to a full database is 'disken er fuld', without the values being written", "[security][errors]") {
    // SQLite itself, whichever backend the suite runs on: its page limit is a real SQLITE_FULL.
    const hjt::testing::ScratchFolder folder("failure_disk_full");
    const auto file = folder.file("full.db");
    soci::session sql(soci::sqlite3, file.string());
    sql << "CREATE TABLE people (cpr TEXT, padding TEXT)";
    long long pages = 0;
    sql << "PRAGMA page_count", soci::into(pages);
    sql << "PRAGMA max_page_count = " << pages + 1;  // SQLite's own "disk full" (SQLITE_FULL) after one more page
    const std::string cpr = "0101901234", padding(20000, 'x');
    try {
        for (int i = 0; i < 10; ++i) sql << "INSERT INTO people VALUES (:cpr, :padding)", soci::use(cpr), soci::use(padding);
        FAIL("the database never filled up");
    } catch (const soci::soci_error& e) {
        const app::Failure f = app::describe_failure(e);
        CHECK(f.storage_unwritable);
        CHECK(f.text == "databasen kan ikke skrive: disken er fuld");
        CHECK(f.text.find(cpr) == std::string::npos);
    }
}

TEST_CASE("any other failure keeps its text with long numbers hidden", "[security][errors]") {
    const app::Failure f = app::describe_failure(std::runtime_error("cannot open /tmp/0101901234.xlsx"));
    CHECK_FALSE(f.storage_unwritable);
    CHECK(f.text == "cannot open /tmp/[skjult].xlsx");
}
