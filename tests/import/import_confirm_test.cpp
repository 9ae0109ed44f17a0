// The import service and plausibility questions (issue 19): the sample folder
// raises none; a folder with a wage of 50,00 kr/t and 45 t/uge is refused
// listing both (code needs_confirmation) and stores nothing, and is stored
// with Confirmation::given, reporting what was confirmed. Tagged [bad-input] so
// the PostgreSQL copy runs it too.
#include <catch2/catch.hpp>

#include "app/importer.h"
#include "domain/errors.h"
#include "scratch_folder.h"
#include "store/scratch_database.h"
#include "test_actor.h"
#include "quick_import.h"

using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;

TEST_CASE("an import with unusual values is refused until confirmed, listing each question",
          "[import][bad-input][plausibility]") {
    ScratchDatabase db("import_confirm");
    ScratchFolder folder("import_confirm");
    folder.with_sample_data();
    folder.set_field("helpers.csv", 2, "hourly_wage", "50,00");
    folder.set_field("grant_versions.csv", 3, "weekly_hours", "45,00");
    const auto admin = hjt::test::admin_actor("admin1");
    try {
        hjt::app::import_folder(db.db(), folder.path(), admin, hjt::test::quick_import());
        FAIL("imported without confirmation");
    } catch (const hjt::ValidationError& e) {
        CHECK(e.code() == "needs_confirmation");
        CHECK(e.field() == "helpers.csv:2");
        const std::string text = e.what();
        CHECK(text.find("2 spørgsmål i importmappen") != std::string::npos);
        CHECK(text.find("\n  helpers.csv:2: Timeløn: Timelønnen 50,00 kr er under 100,00 kr, den laveste sædvanlige "
                        "timeløn. Er beløbet rigtigt?") != std::string::npos);
        // The grant's first version is stored with the grant: asked at the grant's row.
        CHECK(text.find("\n  grants.csv:3: Timer pr. uge: 45,00 timer pr. uge er mere end 40,00 timer") !=
              std::string::npos);
    }
    CHECK(db.count("families") == 0);
    CHECK(db.count("audit_log") == 0);

    auto report = hjt::app::import_folder(db.db(), folder.path(), admin, hjt::test::quick_import(hjt::app::Confirmation::given));
    CHECK(report.families == 25);
    REQUIRE(report.confirmed_questions.size() == 2);
    CHECK(report.confirmed_questions[0].find("helpers.csv:2: Timeløn:") == 0);
    long long confirmed = 0;
    db.sql() << "SELECT COUNT(*) FROM audit_log WHERE actor = 'admin1' AND after_json LIKE '%\"confirmed\":{\"by\":\"admin1\"%'",
        soci::into(confirmed);
    CHECK(confirmed == 2);
}

TEST_CASE("the sample folder raises no plausibility question", "[import][plausibility]") {
    ScratchDatabase db("import_sample_questions");
    auto report = hjt::app::import_folder(db.db(), "sample-data", hjt::test::admin_actor("test"), hjt::test::quick_import());
    CHECK(report.confirmed_questions.empty());
    CHECK(report.families == 25);
}
