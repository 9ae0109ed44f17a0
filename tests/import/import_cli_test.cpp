// `hjt import` and `hjt generate` as a user runs them ($HJT_BIN): exit codes
// 0 / 1 (bad folder) / 2 (bad command line), and --json output.
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
    std::string stdout_text;
    std::string stderr_text;
};

// `env hjt args`, signed out unless `env` brings HJT_TOKEN.
Outcome hjt_cli(const ScratchFolder& scratch, const std::string& args, const std::string& env = "") {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    std::string command = "env -u HJT_TOKEN " + env + " '" + bin + "' " + args + " > '" + scratch.file("out.txt").string() + "' 2> '" +
                          scratch.file("err.txt").string() + "'";
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, scratch.read("out.txt"), scratch.read("err.txt")};
}

} // namespace

TEST_CASE("hjt import loads a folder and prints counts (JSON with --json)", "[cli][import]") {
    ScratchDatabase db("cli_import");
    ScratchFolder scratch("cli_import");
    Outcome run = hjt_cli(scratch, "import sample-data --json --db '" + db.path() + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.stdout_text.find("\"families\": 25") != std::string::npos);
    CHECK(run.stdout_text.find("\"lost_earnings\": 3") != std::string::npos);
    CHECK(db.count("families") == 25);

    // The first import was the bootstrap (users.csv has admin1); from now on an import needs an admin's session.
    Outcome signed_out = hjt_cli(scratch, "import sample-data --db '" + db.path() + "'");
    CHECK(signed_out.exit_code == 4);
    CHECK(signed_out.stderr_text.find("ikke logget ind") != std::string::npos);
    Outcome login = hjt_cli(scratch, "login --username admin1 --print-token --db '" + db.path() + "'",
                            "HJT_PASSWORD=demo-admin1");
    REQUIRE(login.exit_code == 0);
    const std::string as_admin = "HJT_TOKEN=" + login.stdout_text.substr(0, login.stdout_text.find('\n'));
    Outcome again = hjt_cli(scratch, "import sample-data --db '" + db.path() + "'", as_admin);
    CHECK(again.exit_code == 1);
    CHECK(again.stderr_text.find("sample-data er allerede indlæst: alle 25 familier") != std::string::npos);
}

TEST_CASE("hjt import without a folder is a usage error", "[cli][import]") {
    ScratchFolder scratch("cli_import_usage");
    CHECK(hjt_cli(scratch, "import").exit_code == 2);
    CHECK(hjt_cli(scratch, "import --help").exit_code == 0);
}

TEST_CASE("hjt generate writes a folder and a bad count is a usage error", "[cli][generate]") {
    ScratchFolder scratch("cli_generate");
    std::string out = scratch.file("municipality").string();
    Outcome run = hjt_cli(scratch, "generate --families 3 --year 2025 --seed 9 --json --out '" + out + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.stdout_text.find("\"families.csv\": 3") != std::string::npos);
    CHECK(std::filesystem::exists(scratch.file("municipality") / "grants.csv"));

    CHECK(hjt_cli(scratch, "generate --families 0 --out '" + out + "'").exit_code == 2);
    CHECK(hjt_cli(scratch, "generate --families many --out '" + out + "'").exit_code == 2);
    CHECK(hjt_cli(scratch, "generate --families 3").exit_code == 2);  // no --out
}

TEST_CASE("global options may stand before the command, flags included (issue 19)", "[cli][import]") {
    ScratchDatabase db("cli_global_first");
    ScratchFolder scratch("cli_global_first");
    Outcome run = hjt_cli(scratch, "--json --db '" + db.path() + "' import sample-data");
    CHECK(run.exit_code == 0);
    CHECK(run.stdout_text.find("\"families\": 25") != std::string::npos);
    CHECK(hjt_cli(scratch, "--help import").stdout_text.find("brug: hjt import") != std::string::npos);
}

TEST_CASE("a command group without its subcommand lists the subcommands, in Danish (issue 19)", "[cli][import]") {
    ScratchFolder scratch("cli_group");
    Outcome payout = hjt_cli(scratch, "payout");
    CHECK(payout.exit_code == 2);
    CHECK(payout.stderr_text.find("'hjt payout' mangler en underkommando") != std::string::npos);
    for (const char* sub : {"payout prepare", "payout approve", "payout export"})
        CHECK(payout.stderr_text.find(sub) != std::string::npos);
    Outcome unknown = hjt_cli(scratch, "payot");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.stderr_text.find("ukendt kommando 'payot'") != std::string::npos);
}

TEST_CASE("progress is a counting line only on a terminal, a log gets one line per stage (issue 19)",
          "[cli][import]") {
    ScratchDatabase db("cli_progress_log");
    ScratchFolder scratch("cli_progress_log");
    Outcome run = hjt_cli(scratch, "import sample-data --db '" + db.path() + "'");
    REQUIRE(run.exit_code == 0);
    CHECK(run.stderr_text.find('\r') == std::string::npos);
    std::size_t lines = 0;
    for (char c : run.stderr_text) lines += c == '\n';
    CHECK(lines > 0);
    CHECK(lines <= 10);
}

// Issue 19: a helper's wage of 50,00 kr/t and a grant version of 45 t/uge in an
// otherwise good folder. Without --confirm the folder is refused listing each
// question at its file:line, code needs_confirmation, nothing stored; with
// --confirm it is stored, the report lists what was confirmed and the audit
// entries say by whom.
TEST_CASE("hjt import asks about a wage of 50 kr/t and 45 t/uge and stores them only with --confirm",
          "[cli][import][plausibility]") {
    ScratchDatabase db("cli_import_confirm");
    ScratchFolder folder("cli_import_confirm");
    folder.with_sample_data();
    folder.set_field("helpers.csv", 2, "hourly_wage", "50,00");
    folder.set_field("grant_versions.csv", 3, "weekly_hours", "45,00");
    ScratchFolder out("cli_import_confirm_out");
    const std::string target = folder.path() + " --db '" + db.path() + "'";

    Outcome asked = hjt_cli(out, "import " + target);
    INFO(asked.stderr_text);
    CHECK(asked.exit_code == 1);
    CHECK(asked.stderr_text.find("2 spørgsmål i importmappen") != std::string::npos);
    CHECK(asked.stderr_text.find("kør igen med --confirm") != std::string::npos);
    CHECK(asked.stderr_text.find("helpers.csv:2: Timeløn: Timelønnen 50,00 kr er under 100,00 kr") != std::string::npos);
    CHECK(asked.stderr_text.find("grants.csv:3: Timer pr. uge: 45,00 timer pr. uge er mere end 40,00 timer") !=
          std::string::npos);
    CHECK(asked.stderr_text.find("[needs_confirmation]") != std::string::npos);
    CHECK(db.count("families") == 0);
    CHECK(db.count("helpers") == 0);

    Outcome confirmed = hjt_cli(out, "import " + target + " --confirm --json");
    INFO(confirmed.stderr_text);
    CHECK(confirmed.exit_code == 0);
    CHECK(confirmed.stdout_text.find("\"confirmed_questions\"") != std::string::npos);
    CHECK(confirmed.stdout_text.find("helpers.csv:2: ") != std::string::npos);
    CHECK(db.count("families") == 25);
    long long confirmed_entries = 0;
    db.sql() << "SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%\"confirmed\":{\"by\":%'",
        soci::into(confirmed_entries);
    CHECK(confirmed_entries == 2);
}

// Issue 19: a refusal is Danish, names its field and ends in its stable code;
// HJT_LANG=en gives the English text with the same code.
TEST_CASE("a bad import line and a bad configuration value are refused in Danish with their codes",
          "[cli][import][messages]") {
    ScratchDatabase db("cli_import_danish");
    ScratchFolder folder("cli_import_danish");
    folder.with_sample_data();
    folder.set_field("grant_versions.csv", 3, "weekly_hours", "-5,00");
    folder.set_field("grants.csv", 5, "decision_date", "30-02-2025");
    ScratchFolder scratch("cli_import_danish_out");

    Outcome bad_lines = hjt_cli(scratch, "import '" + folder.path() + "' --db '" + db.path() + "'");
    INFO(bad_lines.stderr_text);
    CHECK(bad_lines.exit_code == 1);
    CHECK(bad_lines.stderr_text.find("\nhjt: fejl i grants.csv:5: 2 fejl i " + folder.path() + "; intet er indlæst:\n") !=
          std::string::npos);  // after the progress line
    CHECK(bad_lines.stderr_text.find(
              "\n  grants.csv:5: decision_date: \"30-02-2025\" er ikke en rigtig dato skrevet dd-mm-åååå [not_a_danish_date]") !=
          std::string::npos);
    CHECK(bad_lines.stderr_text.find(
              "\n  grant_versions.csv:3: weekly_hours: må ikke være negativ, fik \"-5,00\" [negative_value]") !=
          std::string::npos);
    CHECK(bad_lines.stderr_text.find("[import_problems]\n") != std::string::npos);
    CHECK(db.count("families") == 0);

    // A configuration file with a limit of 0 (it would refuse every request).
    scratch.write("hjt.properties", "hjt.http.threads=0\n");
    const std::string config = "--config '" + scratch.file("hjt.properties").string() + "'";
    Outcome bad_config = hjt_cli(scratch, "import sample-data " + config + " --db '" + db.path() + "'");
    CHECK(bad_config.exit_code == 1);
    CHECK(bad_config.stderr_text == "hjt: fejl i hjt.http.threads: skal være mindst 1, fik 0 [too_small]\n");
    Outcome in_english = hjt_cli(scratch, "import sample-data " + config + " --db '" + db.path() + "'", "HJT_LANG=en");
    CHECK(in_english.stderr_text == "hjt: error in hjt.http.threads: must be at least 1, got 0 [too_small]\n");
    CHECK(db.count("families") == 0);
}
