// `hjt audit verify` and `hjt user add` as a user runs them: the real
// executable ($HJT_BIN) on a temp database.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "store/scratch_database.h"

using hjt::testing::ScratchDatabase;

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
};

// Runs `hjt <args> --db DB` with `env` prepended (e.g. "HJT_PASSWORD=..."),
// capturing stdout; stderr goes to the test log.
Run run_hjt(const ScratchDatabase& db, const std::string& args, const std::string& env = "") {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    std::string out_file = db.side_file(".out");
    std::string command = env + " '" + bin + "' " + args + " --db '" + db.path() + "' > '" + out_file + "'";
    int status = std::system(command.c_str());
    Run run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(out_file);
    std::stringstream text;
    text << in.rdbuf();
    run.out = text.str();
    std::remove(out_file.c_str());
    return run;
}

const std::string kPasswordEnv = "HJT_PASSWORD='korrekt hest batteri'";

} // namespace

TEST_CASE("hjt audit verify reports an intact chain, then names the edited entry", "[cli][audit]") {
    ScratchDatabase db("cli_audit");
    REQUIRE(run_hjt(db, "user add --username kari --role admin", kPasswordEnv).exit_code == 0);  // the first user
    Run login = run_hjt(db, "login --username kari --print-token", kPasswordEnv);
    REQUIRE(login.exit_code == 0);
    const std::string as_kari = "HJT_TOKEN=" + login.out.substr(0, login.out.find('\n'));
    REQUIRE(run_hjt(db, "user add --username ole --role finance", kPasswordEnv + " " + as_kari).exit_code == 0);

    Run ok = run_hjt(db, "audit verify", as_kari);
    CHECK(ok.exit_code == 0);
    CHECK(ok.out == "audit chain ok: 2 entries\n");

    db.sql() << "UPDATE audit_log SET after_json = '{\"role\":\"admin\"}' WHERE id = 2";
    Run broken = run_hjt(db, "audit verify", as_kari);
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.rfind("audit chain broken at entry 2: ", 0) == 0);

    Run json = run_hjt(db, "audit verify --json", as_kari);
    CHECK(json.exit_code == 1);
    CHECK(json.out.find("\"first_broken\": 2") != std::string::npos);
    CHECK(json.out.find("\"ok\": false") != std::string::npos);
}

TEST_CASE("hjt user add never takes the password from the command line", "[cli][auth][bad-input]") {
    ScratchDatabase db("cli_user");
    CHECK(run_hjt(db, "user add --username kari --role admin --password 'korrekt hest batteri'").exit_code == 2);
    CHECK(run_hjt(db, "user add --username kari --role admin", "HJT_PASSWORD=").exit_code == 2);
    CHECK(run_hjt(db, "user add --username kari --role boss", kPasswordEnv).exit_code == 2);
    CHECK(run_hjt(db, "user add --username kari --role family", kPasswordEnv).exit_code == 5);  // the first is an admin
    CHECK(db.count("users") == 0);

    std::string file = db.side_file(".pw");
    std::ofstream(file) << "korrekt hest batteri\n";
    Run added = run_hjt(db, "user add --username kari --role admin --password-file '" + file + "' --json", "HJT_PASSWORD=");
    std::remove(file.c_str());
    CHECK(added.exit_code == 0);
    CHECK(added.out.find("\"username\": \"kari\"") != std::string::npos);
    CHECK(db.count("users") == 1);
}
