// Approvals of one run arriving at the same moment: several API requests on
// the server's worker threads, and the command line from another process
// racing the server. Exactly one approval goes through, the others get 409
// (exit 1), and the lines are posted to the ledger once.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "api_fixture.h"
#include "app/auth.h"
#include "payout/cli_runner.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// A draft for March 2025 prepared by Users::finance over the API, and two more finance users.
std::string prepare_march(ApiServer& server) {
    server.seed_rates_and_policy();
    server.db().in_transaction([](soci::session& sql) {
        for (const char* user : {"fin2", "fin3"})
            app::create_user(sql, test::admin_actor("test-setup"), user, kPassword, app::Role::finance, std::nullopt);
    });
    auto prepared = server.client().post("/api/v1/payout-runs", R"({"month": "2025-03"})", server.login(Users::finance));
    REQUIRE(prepared.status == 200);
    return "/api/v1/payout-runs/" + std::to_string(prepared.number("id")) + "/approve";
}

long long one_number(ApiServer& server, const std::string& query) {
    long long n = 0;
    server.db().session() << query, soci::into(n);
    return n;
}

// Every line paid (not held back) is posted once; held-back lines are owed, not posted.
void check_posted_once(ApiServer& server) {
    CHECK(one_number(server, "SELECT COUNT(*) FROM ledger_postings") ==
          one_number(server, "SELECT COUNT(*) FROM payout_lines WHERE amount_ore <> 0 AND held_back = ''"));
    CHECK(one_number(server, "SELECT COALESCE(SUM(amount_ore), 0) FROM ledger_postings") ==
          one_number(server, "SELECT COALESCE(SUM(amount_ore), 0) FROM payout_lines WHERE held_back = ''"));
    CHECK(one_number(server, "SELECT COUNT(*) FROM audit_log WHERE entity = 'payout_run' AND action = 'approve'") == 1);
}

} // namespace

TEST_CASE("eight API approvals of one run at once: one 200, seven 409, posted once", "[api][concurrency][payout]") {
    ApiServer server("approve_race_api");
    const std::string approve = prepare_march(server);
    const std::string tokens[] = {server.client().login("fin2"), server.client().login("fin3")};
    std::atomic<int> ok{0}, conflict{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&, i] {
            int status = server.client().post(approve, "", tokens[i % 2]).status;
            (status == 200 ? ok : status == 409 ? conflict : other)++;
        });
    for (auto& t : threads) t.join();
    CHECK(ok == 1);
    CHECK(conflict == 7);
    CHECK(other == 0);
    check_posted_once(server);
}

TEST_CASE("an API approval and an hjt payout approve of one run at once: exactly one succeeds",
          "[api][concurrency][payout]") {
    ApiServer server("approve_race_cli");
    const std::string approve = prepare_march(server);
    const std::string token = server.client().login("fin2");
    const std::string& db = server.settings().database;
    const std::string as_fin3 = "HJT_TOKEN=" + cli_token(db, test::finance_actor("fin3"));
    int api_status = 0;
    std::thread from_api([&] { api_status = server.client().post(approve, "", token).status; });
    // On this thread: run_hjt makes Catch2 assertions, which are not thread-safe.
    CliRun cli = run_hjt_with_env(as_fin3, db, "payout approve --month 2025-03");
    from_api.join();
    INFO("cli exit " << cli.exit_code << ", api " << api_status);
    CHECK(((cli.exit_code == 0 && api_status == 409) || (cli.exit_code == 1 && api_status == 200)));
    check_posted_once(server);
}
