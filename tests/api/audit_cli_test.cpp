// `hjt audit verify` and `hjt user add|unlock|disable|enable|end-sessions` as a
// user runs them: the real executable ($HJT_BIN) on a temp database.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/login_throttle.h"
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

// Adds the first user, admin "kari" (the bootstrap), with `env`, and signs her in: "HJT_TOKEN=...".
std::string first_admin_signed_in(const ScratchDatabase& db, const std::string& env = "") {
    REQUIRE(run_hjt(db, "user add --username kari --role admin", kPasswordEnv + " " + env).exit_code == 0);
    Run login = run_hjt(db, "login --username kari --print-token", kPasswordEnv + " " + env);
    REQUIRE(login.exit_code == 0);
    return "HJT_TOKEN=" + login.out.substr(0, login.out.find('\n'));
}

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
    CHECK(ok.out == "revisionssporet er i orden: 2 poster\nkontrolleret SHA-256 (0 poster med nøgle) og 0 rækker af regnskabet\n");

    db.sql() << "UPDATE audit_log SET after_json = '{\"role\":\"admin\"}' WHERE id = 2";
    Run broken = run_hjt(db, "audit verify", as_kari);
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.rfind("revisionssporet er brudt ved post 2: ", 0) == 0);

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

TEST_CASE("hjt login is throttled like the API, hjt user unlock lifts a lockout, hjt user disable ends the user's "
          "sessions and refuses sign-in until hjt user enable, each audited",
          "[cli][auth][throttle]") {
    ScratchDatabase db("cli_user_admin");
    const std::string as_kari = first_admin_signed_in(db);
    REQUIRE(run_hjt(db, "user add --username ole --role finance", kPasswordEnv + " " + as_kari).exit_code == 0);
    // A password guesser's failures, enough for a lockout.
    db.db().in_transaction([&](soci::session& sql) {
        for (int i = 0; i < hjt::LoginLimits{}.lockout_failures; ++i)
            hjt::app::record_login_failure(sql, {hjt::app::user_subject("ole")}, hjt::LoginLimits{});
    });
    CHECK(run_hjt(db, "login --username ole --print-token", kPasswordEnv).exit_code == 4);  // the right password
    CHECK(run_hjt(db, "user unlock ole", as_kari).exit_code == 0);
    CHECK(run_hjt(db, "user unlock nobody", as_kari).exit_code == 1);
    Run login = run_hjt(db, "login --username ole --print-token", kPasswordEnv);
    REQUIRE(login.exit_code == 0);
    const std::string as_ole = "HJT_TOKEN=" + login.out.substr(0, login.out.find('\n'));
    CHECK(run_hjt(db, "user unlock kari", as_ole).exit_code == 5);  // finance may not

    Run disabled = run_hjt(db, "user disable --username ole --json", as_kari);
    CHECK(disabled.exit_code == 0);
    CHECK(disabled.out.find("\"ended_sessions\": 1") != std::string::npos);
    CHECK(run_hjt(db, "user unlock kari", as_ole).exit_code == 4);  // the session has ended
    CHECK(run_hjt(db, "login --username ole --print-token", kPasswordEnv).exit_code == 4);
    CHECK(run_hjt(db, "user enable ole", as_kari).exit_code == 0);
    CHECK(run_hjt(db, "login --username ole --print-token", kPasswordEnv).exit_code == 0);
    CHECK(run_hjt(db, "user end-sessions ole", as_kari).exit_code == 0);

    long long audited = 0;
    db.sql() << "SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND action IN"
                " ('unlock', 'disable', 'enable', 'end-sessions')",
        soci::into(audited);
    CHECK(audited == 4);
}

TEST_CASE("hjt audit anchor writes the head, verify --anchor catches the newest entries deleted", "[cli][audit][anchor]") {
    ScratchDatabase db("cli_anchor");
    const std::string as_kari = first_admin_signed_in(db);
    for (const char* user : {"ole", "per"})
        REQUIRE(run_hjt(db, std::string("user add --role admin --username ") + user, kPasswordEnv + " " + as_kari)
                    .exit_code == 0);
    const std::string anchor = db.side_file(".anchor.json");
    Run written = run_hjt(db, "audit anchor --out '" + anchor + "'", as_kari);
    REQUIRE(written.exit_code == 0);
    std::ifstream in(anchor);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str().find("\"sequence\": 3") != std::string::npos);
    CHECK(text.str().find("\"mode\": \"SHA-256\"") != std::string::npos);
    CHECK(run_hjt(db, "audit anchor", as_kari).out.find("\"sequence\": 3") != std::string::npos);  // printed

    CHECK(run_hjt(db, "audit verify --anchor '" + anchor + "'", as_kari).exit_code == 0);
    db.sql() << "DELETE FROM audit_log WHERE id = 3";
    CHECK(run_hjt(db, "audit verify", as_kari).exit_code == 0);  // the shorter chain is a valid chain
    Run cut = run_hjt(db, "audit verify --anchor '" + anchor + "'", as_kari);
    CHECK(cut.exit_code == 1);
    CHECK(cut.out.find("ankeret nævner post 3, men kæden ender ved post 2 (poster er slettet: kæden "
                       "er afkortet)") != std::string::npos);

    std::ofstream(anchor) << "{\"sequence\": 1}";
    CHECK(run_hjt(db, "audit verify --anchor '" + anchor + "'", as_kari).exit_code == 1);  // not an anchor: refused
    std::remove(anchor.c_str());
}

TEST_CASE("with hjt.audit.key_file the chain is keyed, verify says the mode and needs the key",
          "[cli][audit][key]") {
    ScratchDatabase db("cli_key");
    const std::string key = db.side_file(".key"), config_dir = db.side_file("_config");
    std::filesystem::create_directories(config_dir);
    std::ofstream(key) << std::string(48, 'n') << "\n";
    const std::string keyed_config = config_dir + "/hjt.properties";
    std::ofstream(keyed_config) << "hjt.audit.key_file = " << key << "\n";
    const std::string with_key = "HJT_CONFIG='" + keyed_config + "'";

    const std::string as_kari = first_admin_signed_in(db);  // entry 1, before the key
    REQUIRE(run_hjt(db, "user add --username ole --role finance", kPasswordEnv + " " + as_kari + " " + with_key)
                .exit_code == 0);
    Run keyed = run_hjt(db, "audit verify", as_kari + " " + with_key);
    CHECK(keyed.exit_code == 0);
    CHECK(keyed.out == "revisionssporet er i orden: 2 poster\nkontrolleret HMAC-SHA-256 (1 poster med nøgle) og 0 rækker af regnskabet\n");

    Run without = run_hjt(db, "audit verify", as_kari);
    CHECK(without.exit_code == 1);
    CHECK(without.out.rfind("revisionssporet er brudt ved post 2: posten er nøglet (HMAC-SHA-256); kontrollen kræver "
                            "nøglefilen (hjt.audit.key_file)", 0) == 0);

    std::ofstream(key) << "kort\n";
    CHECK(run_hjt(db, "audit verify", as_kari + " " + with_key).exit_code == 1);  // a short key is refused
    std::filesystem::remove_all(config_dir);
    std::remove(key.c_str());
}
