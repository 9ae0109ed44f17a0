// Who may act from the shell (issue 16 item 2): the acting user is the hjt
// user of a session (hjt login / HJT_TOKEN), never a name in the environment,
// and a role may do only what app/permissions.h allows it. Exit codes: 4 not
// signed in (or expired, logged out), 5 the role may not.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"
#include "import/scratch_folder.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/payout_store.h"
#include "store/rates_store.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string run_status(PayoutRegister& reg, Month m) { return to_string(store::load_payout_run(reg.sql(), m).header.status); }

Money stored_cap(PayoutRegister& reg) { return store::load_rates(reg.sql()).year(2024).home_training_cap->amount; }

// A register with April 2024 prepared by the finance user "anna".
struct PreparedApril {
    PayoutRegister reg{"cli_access"};
    PreparedApril() {
        REQUIRE(run_hjt_signed_out(reg.path(), "init").exit_code == 0);
        Id family = reg.family("Familien Hansen");
        reg.grant(reg.child(family, day(2015, 6, 1)), day(2024, 4, 11), 2000, 13500);
        reg.prepare("anna", month(2024, 4));
    }
};

// Where `hjt login` keeps its files in these tests: never the real home folder.
struct LoginHome {
    testing::ScratchFolder folder{"cli_login_home"};
    std::string env() const { return "XDG_CONFIG_HOME='" + folder.path() + "'"; }
    std::filesystem::path only_file() const {
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(folder.file("hjt"))) files.push_back(e.path());
        REQUIRE(files.size() == 1);
        return files.front();
    }
};

std::string password_file(const testing::ScratchFolder& folder, const std::string& user) {
    const std::string path = folder.file("pw-" + user).string();
    std::ofstream(path) << "demo-" << user << "-password\n";
    return path;
}

} // namespace

TEST_CASE("hjt payout approve with HJT_USER naming anyone is refused: nothing approved, nothing posted",
          "[access][cli]") {
    PreparedApril w;
    for (const std::string env : {"HJT_USER=nobody", "HJT_USER=caseworker1", "HJT_USER=bent USER=bent"}) {
        CliRun refused = run_hjt_with_env(env, w.reg.path(), "payout approve --month 2024-04");
        CHECK(refused.exit_code == 4);
        CHECK(refused.err.find("ikke logget ind") != std::string::npos);
    }
    CHECK(run_status(w.reg, month(2024, 4)) == "draft");
    CHECK(w.reg.count("ledger_postings") == 0);

    const Money cap = stored_cap(w.reg);
    CHECK(run_hjt_with_env("HJT_USER=caseworker1", w.reg.path(),
                           "rates set --year 2024 --name home_training_cap --value 1,00 --source x")
              .exit_code == 4);
    CHECK(stored_cap(w.reg) == cap);
}

TEST_CASE("a caseworker's session may not approve a run nor set a rate: exit 5, a Danish message, nothing changed",
          "[access][cli]") {
    PreparedApril w;
    CliRun approve = run_hjt(caseworker_actor("caseworker1"), w.reg.path(), "payout approve --month 2024-04");
    CHECK(approve.exit_code == 5);
    CHECK(approve.err.find("Din rolle (sagsbehandler) må ikke godkende udbetalinger") != std::string::npos);
    CHECK(run_hjt(auditor_actor("revisor"), w.reg.path(), "payout mark-paid --month 2024-04").exit_code == 5);
    CHECK(run_hjt(caseworker_actor("caseworker1"), w.reg.path(), "payout prepare --month 2024-05").exit_code == 5);
    CHECK(run_status(w.reg, month(2024, 4)) == "draft");
    CHECK(w.reg.count("payout_runs") == 1);

    const Money cap = stored_cap(w.reg);
    CliRun rates = run_hjt(caseworker_actor("caseworker1"), w.reg.path(),
                           "rates set --year 2024 --name home_training_cap --value 1,00 --source x");
    CHECK(rates.exit_code == 5);
    CHECK(rates.err.find("må ikke ændre satser") != std::string::npos);
    CHECK(stored_cap(w.reg) == cap);
    CHECK(run_hjt(finance_actor("bent"), w.reg.path(), "reconcile --year 2024").exit_code == 0);
    CHECK(run_hjt(caseworker_actor("caseworker1"), w.reg.path(), "reconcile --year 2024").exit_code == 5);

    CHECK(run_hjt(finance_actor("bent"), w.reg.path(), "payout approve --month 2024-04").exit_code == 0);
    CHECK(run_status(w.reg, month(2024, 4)) == "approved");
}

TEST_CASE("an expired session and one of a deleted token are refused with exit 4", "[access][cli]") {
    PreparedApril w;
    const std::string expired = cli_token(w.reg.path(), finance_actor("bent"), -1);
    CliRun refused = run_hjt_with_env("HJT_TOKEN=" + expired, w.reg.path(), "payout approve --month 2024-04");
    CHECK(refused.exit_code == 4);
    CHECK(refused.err.find("udløbet") != std::string::npos);
    CHECK(run_hjt_with_env("HJT_TOKEN=made-up", w.reg.path(), "ledger --family 1").exit_code == 4);
    CHECK(run_status(w.reg, month(2024, 4)) == "draft");
}

TEST_CASE("hjt login keeps a 0600 token file, four eyes hold through real sessions, logout ends the session",
          "[access][cli]") {
    PreparedApril w;
    LoginHome home;
    testing::ScratchFolder secrets("cli_login_secrets");
    const std::string db = w.reg.path();
    auto as_home = [&](const std::string& args) { return run_hjt_with_env(home.env(), db, args); };

    // The bootstrap: the database has no users but the ones the tests above
    // create; this one starts empty of users. The first user must be an admin.
    CHECK(as_home("user add --username olga --role finance --password-file '" + password_file(secrets, "olga") + "'")
              .exit_code == 5);
    REQUIRE(as_home("user add --username root1 --role admin --password-file '" + password_file(secrets, "root1") + "'")
                .exit_code == 0);
    // Now every user add needs an admin's session.
    CHECK(as_home("user add --username olga --role finance --password-file '" + password_file(secrets, "olga") + "'")
              .exit_code == 4);

    CHECK(as_home("login --username root1 --password-file '" + password_file(secrets, "wrong") + "'").exit_code == 4);
    REQUIRE(as_home("login --username root1 --password-file '" + password_file(secrets, "root1") + "'").exit_code == 0);
    struct stat st {};
    REQUIRE(::stat(home.only_file().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    for (const std::string user : {"finance1", "finance2"})
        REQUIRE(as_home("user add --username " + user + " --role finance --password-file '" +
                        password_file(secrets, user) + "'")
                    .exit_code == 0);
    CHECK(as_home("payout approve --month 2024-04").exit_code == 5);  // an admin does not approve

    // finance1 in the file, finance2 by HJT_TOKEN: the preparer may not approve.
    REQUIRE(as_home("login --username finance1 --password-file '" + password_file(secrets, "finance1") + "'")
                .exit_code == 0);
    REQUIRE(as_home("payout prepare --month 2024-04").exit_code == 0);
    CHECK(as_home("payout approve --month 2024-04").exit_code == 1);  // four eyes
    CliRun token = as_home("login --username finance2 --print-token --password-file '" +
                           password_file(secrets, "finance2") + "'");
    REQUIRE(token.exit_code == 0);
    const std::string finance2 = "HJT_TOKEN=" + token.out.substr(0, token.out.find('\n'));
    CliRun approved = run_hjt_with_env(home.env() + " " + finance2, db, "payout approve --month 2024-04");
    CHECK(approved.exit_code == 0);
    CHECK(approved.out.find("godkendt af finance2") != std::string::npos);

    // A file others can read is not used.
    ::chmod(home.only_file().c_str(), 0644);
    CHECK(as_home("ledger --family 1").exit_code == 4);
    ::chmod(home.only_file().c_str(), 0600);
    CHECK(as_home("ledger --family 1").exit_code == 0);

    // Logout ends the session in the database, not only the file.
    std::ifstream saved(home.only_file());
    std::string finance1;
    std::getline(saved, finance1);
    REQUIRE(as_home("logout").exit_code == 0);
    CHECK(std::filesystem::is_empty(home.folder.file("hjt")));
    CHECK(as_home("ledger --family 1").exit_code == 4);
    CHECK(run_hjt_with_env("HJT_TOKEN=" + finance1, db, "ledger --family 1").exit_code == 4);
    CHECK(run_hjt_with_env(finance2, db, "logout").exit_code == 0);
    CHECK(run_hjt_with_env(finance2, db, "payout mark-paid --month 2024-04").exit_code == 4);
}
