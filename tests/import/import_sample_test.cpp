// The sample municipality (sample-data/) through `import_folder`: everything
// arrives, the special cases the README promises are there, and a second
// import of the same folder is refused without storing anything.
#include <catch2/catch.hpp>

#include "app/importer.h"
#include "domain/errors.h"
#include "store/scratch_database.h"
#include "test_actor.h"
#include "quick_import.h"

using hjt::testing::ScratchDatabase;

namespace {

std::string text_of(ScratchDatabase& db, const std::string& sql) {
    std::string value;
    db.sql() << sql, soci::into(value);
    return value;
}

long long number_of(ScratchDatabase& db, const std::string& sql) {
    long long value = 0;
    db.sql() << sql, soci::into(value);
    return value;
}

} // namespace

TEST_CASE("the sample municipality imports completely", "[import]") {
    ScratchDatabase db("import_sample");
    auto report = hjt::app::import_folder(db.db(), "sample-data", hjt::test::admin_actor("test"), hjt::test::quick_import());

    CHECK(report.families == 25);
    CHECK(report.children == 28);
    CHECK(report.helpers == 51);
    CHECK(report.grants == 55);
    CHECK(report.grant_versions == 65);
    CHECK(report.fixed_lines == 15);
    CHECK(report.expense_budgets == 130);
    CHECK(report.expenses == 53);
    CHECK(report.lost_earnings == 3);
    CHECK(report.users == 7);
    // Invented CPR numbers fail mod 11 on purpose: all 79 helpers and children
    // plus the 3 parents with awards.
    CHECK(report.cpr_modulus_warnings == 82);

    CHECK(db.count("families") == 25);
    CHECK(db.count("children") == 28);
    CHECK(db.count("helpers") == 51);
    CHECK(db.count("grants") == 55);
    CHECK(db.count("grant_versions") == 65);
    CHECK(db.count("grant_fixed_lines") == 15);
    CHECK(db.count("grant_expense_budgets") == 130);
    CHECK(db.count("expenses") == 53);
    CHECK(db.count("lost_earnings_awards") == 3);
    CHECK(db.count("users") == 7);
    CHECK(db.count("import_keys") == 25 + 28 + 51 + 55);

    // Each row audited by the register service, plus one entry for the import.
    CHECK(number_of(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'import'") == 1);
    CHECK(number_of(db, "SELECT COUNT(*) FROM audit_log WHERE entity = 'family'") == 25);
}

TEST_CASE("the sample holds the cases its README describes", "[import]") {
    ScratchDatabase db("import_sample_cases");
    hjt::app::import_folder(db.db(), "sample-data", hjt::test::admin_actor("test"), hjt::test::quick_import());

    CHECK(number_of(db, "SELECT COUNT(*) FROM families WHERE bank_reg IS NULL OR bank_reg = ''") == 1);
    CHECK(text_of(db, "SELECT name FROM children WHERE birth_date = '2016-02-29'") == "Lærke Rasmussen");
    // Turns 18 on 14-08-2026: the 2026 grant ends the day before.
    CHECK(text_of(db, "SELECT g.valid_to FROM grants g JOIN children c ON c.id = g.child_id"
                      " WHERE c.birth_date = '2008-08-14' AND g.valid_from = '2026-01-01'") == "2026-08-13");
    CHECK(number_of(db, "SELECT COUNT(*) FROM grants WHERE valid_from = '2026-02-16'") == 1);
    CHECK(number_of(db, "SELECT COUNT(*) FROM grant_versions WHERE effective_from = '2026-06-15'") == 1);
    CHECK(number_of(db, "SELECT COUNT(*) FROM expenses WHERE status = 'approved'") == 37);
    CHECK(number_of(db, "SELECT COUNT(*) FROM expenses WHERE status = 'submitted'") == 15);
    CHECK(text_of(db, "SELECT reject_reason FROM expenses WHERE status = 'rejected'") ==
          "Kurser i udlandet dækkes ikke (Barnets Lov § 85)");
    CHECK(number_of(db, "SELECT amount_ore FROM expenses WHERE status = 'rejected'") == 1249500);
    CHECK(number_of(db, "SELECT COUNT(*) FROM lost_earnings_awards WHERE period_to IS NULL") == 1);
    for (const char* role : {"finance", "caseworker", "auditor", "admin", "family"})
        CHECK(number_of(db, std::string("SELECT COUNT(*) FROM users WHERE role = '") + role + "'") ==
              (role == std::string("finance") || role == std::string("family") ? 2 : 1));
}

TEST_CASE("importing the sample twice is refused in one sentence saying it was imported, storing nothing new",
          "[import]") {
    ScratchDatabase db("import_twice");
    hjt::app::import_folder(db.db(), "sample-data", hjt::test::admin_actor("test"), hjt::test::quick_import());
    long long audit_entries = db.count("audit_log");

    try {
        hjt::app::import_folder(db.db(), "sample-data", hjt::test::admin_actor("test"), hjt::test::quick_import());
        FAIL("the second import was accepted");
    } catch (const hjt::ValidationError& e) {
        std::string message = e.what();
        CHECK(e.field() == "families.csv");
        CHECK(e.code() == "already_imported");
        CHECK(message == "sample-data er allerede indlæst: alle 25 familier i families.csv (F001 … F025) findes fra en "
                         "tidligere import; intet er indlæst. Nye rækker skal have nye nøgler");
    }
    CHECK(db.count("families") == 25);
    CHECK(db.count("expenses") == 53);
    CHECK(db.count("users") == 7);
    CHECK(db.count("audit_log") == audit_entries);
}

TEST_CASE("import progress is reported and reaches the total, and users are hashed at the login cost", "[import]") {
    ScratchDatabase db("import_progress");
    long long calls = 0, last_done = -1, last_total = -2;
    hjt::app::ImportOptions options;  // as hjt import's: only the progress set
    options.progress = [&](const std::string& stage, long long done, long long total) {
        ++calls;
        if (stage == "gemmer") last_done = done, last_total = total;
    };
    hjt::app::import_folder(db.db(), "sample-data", hjt::test::admin_actor("test"), options);
    CHECK(calls > 2);
    CHECK(calls < 150);  // bounded: about a hundred reports at most per stage
    // Every row that is stored by itself: families, children, helpers, grants,
    // versions, expenses, awards and users.
    CHECK(last_total == 25 + 28 + 51 + 55 + 65 + 53 + 3 + 7);
    CHECK(last_done == last_total);
    // The other tests import with a quick hash (quick_import.h); by default every user gets scrypt's login cost.
    CHECK(db.count("users") == 7);
    CHECK(db.count("users WHERE password_hash LIKE 'scrypt$32768$8$1$%'") == 7);
}
