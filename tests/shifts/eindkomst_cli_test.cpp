// `hjt eindkomst` as finance runs it: the real executable on a database set up
// by `hjt init` (rates and policy from config/).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/eindkomst_line_check.h"
#include "payout/cli_runner.h"
#include "shift_fixture.h"

using hjt::test::run_hjt;
using hjt::testing::ShiftFamily;

TEST_CASE("cli: hjt eindkomst writes a file per employer, names a refused one and fails", "[shifts][cli][eindkomst]") {
    ShiftFamily f("eindkomst_cli");
    const std::string db = f.scratch.path();
    REQUIRE(hjt::test::run_hjt_signed_out(db, "init").exit_code == 0);
    f.import_csv("helper;date;start;end\nH1;10-03-2026;09:00;12:00\n");
    const std::string dir = f.scratch.side_file(".eindkomst");

    CHECK(run_hjt(hjt::test::caseworker_actor("kari"), db, "eindkomst --month 2026-03 --out '" + dir + "'").exit_code == 5);
    CHECK(run_hjt(hjt::test::finance_actor("anna"), db, "eindkomst --month 03-2026 --out '" + dir + "'").exit_code == 2);

    // The fixture's other family has CVR 20000008, which fails the modulus-11 check: refused, the rest reported.
    auto run = run_hjt(hjt::test::finance_actor("anna"), db, "eindkomst --month 2026-03 --test --out '" + dir + "'");
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("AFVIST [cvr]") != std::string::npos);
    CHECK(run.out.find("0203991234") == std::string::npos);  // no CPR on the screen
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
    REQUIRE(files.size() == 1);
    CHECK(files[0].filename().string().rfind("eindkomst-10000009-2026-03-HJT", 0) == 0);
    std::ifstream in(files[0], std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    CHECK(hjt::test::eindkomst_problems(content.str()).empty());
    CHECK(hjt::test::eindkomst_field(hjt::test::eindkomst_lines(content.str())[0], 14) == "T");

    auto again = run_hjt(hjt::test::finance_actor("anna"), db, "eindkomst --month 2026-03 --out '" + dir + "' --json");
    CHECK(again.out.find("\"unchanged\": 1") != std::string::npos);
    std::filesystem::remove_all(dir);
}
