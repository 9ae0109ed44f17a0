// `hjt import` of values that raise plausibility questions (issue 19): a
// helper's wage of 50,00 kr/t and a grant version of 45 t/uge in an otherwise
// good folder. Without --confirm the folder is refused listing each question
// at its file:line, code needs_confirmation, nothing stored; with --confirm it
// is stored, the report lists what was confirmed and the audit entries say by whom.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>

#include "scratch_folder.h"
#include "store/scratch_database.h"

using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;

namespace {

struct Outcome {
    int exit_code = -1;
    std::string out;
    std::string err;
};

Outcome hjt_import(const ScratchFolder& scratch, const std::string& args) {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    std::string command = "env -u HJT_TOKEN '" + std::string(bin) + "' import " + args + " > '" +
                          scratch.file("out.txt").string() + "' 2> '" + scratch.file("err.txt").string() + "'";
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, scratch.read("out.txt"), scratch.read("err.txt")};
}

} // namespace

TEST_CASE("hjt import asks about a wage of 50 kr/t and 45 t/uge and stores them only with --confirm",
          "[cli][import][plausibility]") {
    ScratchDatabase db("cli_import_confirm");
    ScratchFolder folder("cli_import_confirm");
    folder.with_sample_data();
    folder.set_field("helpers.csv", 2, "hourly_wage", "50,00");
    folder.set_field("grant_versions.csv", 3, "weekly_hours", "45,00");
    ScratchFolder out("cli_import_confirm_out");
    const std::string target = folder.path() + " --db '" + db.path() + "'";

    Outcome asked = hjt_import(out, target);
    INFO(asked.err);
    CHECK(asked.exit_code == 1);
    CHECK(asked.err.find("2 spørgsmål i importmappen") != std::string::npos);
    CHECK(asked.err.find("kør igen med --confirm") != std::string::npos);
    CHECK(asked.err.find("helpers.csv:2: Timeløn: Timelønnen 50,00 kr er under 100,00 kr") != std::string::npos);
    CHECK(asked.err.find("grants.csv:3: Timer pr. uge: 45,00 timer pr. uge er mere end 40,00 timer") !=
          std::string::npos);
    CHECK(asked.err.find("[needs_confirmation]") != std::string::npos);
    CHECK(db.count("families") == 0);
    CHECK(db.count("helpers") == 0);

    Outcome confirmed = hjt_import(out, target + " --confirm --json");
    INFO(confirmed.err);
    CHECK(confirmed.exit_code == 0);
    CHECK(confirmed.out.find("helpers.csv:2: Timeløn: Timelønnen 50,00 kr") != std::string::npos);
    CHECK(db.count("families") == 25);
    long long confirmed_entries = 0;
    db.sql() << "SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%\"confirmed\":{\"by\":%'",
        soci::into(confirmed_entries);
    CHECK(confirmed_entries == 2);
}
