// Issue 17: sessions end when idle and at the end of their lifetime, expired
// ones are deleted, a user holds at most a few, and an admin disables a user
// or ends all of a user's sessions, audited.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "api_fixture.h"
#include "stopped_clock.h"

using namespace hjt;
using namespace hjt::test;
using namespace std::chrono_literals;

namespace {

void limits(Settings& s) {
    s.sessions.lifetime_minutes = 120;
    s.sessions.idle_minutes = 30;
    s.sessions.max_per_user = 3;
}

int families(const ApiServer& server, const std::string& token) {
    return server.client().get("/api/v1/families", token).status;
}

long long sessions_of(ApiServer& server, const std::string& username) {
    long long n = 0;
    server.db().session() << "SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = :u",
        soci::into(n), soci::use(username);
    return n;
}

} // namespace

TEST_CASE("a session unused for the idle time ends, one in use lasts until its lifetime", "[api][session][limits]") {
    ApiServer server("session_idle", limits);
    StoppedClock clock;
    const std::string idle = server.login(Users::caseworker);
    const std::string busy = server.client().login(Users::caseworker);
    clock.advance(29min);
    CHECK(families(server, busy) == 200);
    clock.advance(2min);  // 31 minutes since `idle` was last used
    CHECK(families(server, idle) == 401);
    CHECK(families(server, busy) == 200);

    // Used every 29 minutes, `busy` lasts its lifetime of 120 minutes since sign-in, no longer.
    for (int i = 0; i < 3; ++i) {  // at 60, 89 and 118 minutes
        clock.advance(29min);
        CHECK(families(server, busy) == 200);
    }
    clock.advance(2min);  // 120 minutes since sign-in, 2 since last use
    CHECK(families(server, busy) == 401);
}

TEST_CASE("a sign-in deletes every expired session, of every user", "[api][session][limits]") {
    ApiServer server("session_purge", limits);
    StoppedClock clock;
    server.login(Users::caseworker);
    server.login(Users::finance);
    clock.advance(31min);  // both idle too long
    CHECK(server.row_counts(true)["sessions"] == 2);
    server.login(Users::auditor);
    CHECK(server.row_counts(true)["sessions"] == 1);
    CHECK(sessions_of(server, Users::auditor) == 1);
}

TEST_CASE("a user holds at most the cap of sessions: a further sign-in ends the oldest", "[api][session][limits]") {
    ApiServer server("session_cap", limits);
    StoppedClock clock;
    std::vector<std::string> tokens;
    for (int i = 0; i < 4; ++i) {
        tokens.push_back(server.login(Users::finance));
        clock.advance(1s);
    }
    CHECK(sessions_of(server, Users::finance) == 3);
    CHECK(families(server, tokens[0]) == 401);
    for (int i = 1; i < 4; ++i) CHECK(families(server, tokens[i]) == 200);
}

TEST_CASE("an admin disables a user: their sessions end, sign-in is refused, audited, enabling lets them back",
          "[api][session][limits]") {
    ApiServer server("user_disable", limits);
    const std::string admin = server.login(Users::admin);
    const std::string first = server.login(Users::caseworker);
    const std::string second = server.client().login(Users::caseworker);
    const auto& api = server.client();

    CHECK(api.post("/api/v1/users/admin/disable", "", first).status == 403);  // a caseworker may not
    CHECK(api.post("/api/v1/users/nobody/disable", "", admin).status == 404);
    CHECK(api.post("/api/v1/users/admin/disable", "", admin).status == 409);  // not oneself

    auto disabled = api.post("/api/v1/users/case/disable", "", admin);
    REQUIRE(disabled.status == 200);
    CHECK(disabled.json->getValue<bool>("disabled"));
    CHECK(disabled.number("ended_sessions") == 2);
    CHECK(disabled.number("sessions") == 0);
    CHECK(families(server, first) == 401);
    CHECK(families(server, second) == 401);
    auto refused = api.post("/api/v1/login", R"({"username": "case", "password": "correct horse battery"})", "");
    CHECK(refused.status == 401);
    CHECK(refused.text("code") == "login_refused");  // the answer of a wrong password: nothing more told
    CHECK(server.user_audits("disable") == 1);

    REQUIRE(api.post("/api/v1/users/case/enable", "", admin).status == 200);
    CHECK(server.user_audits("enable") == 1);
    CHECK(families(server, first) == 401);  // ended sessions stay ended
    CHECK(families(server, api.login(Users::caseworker)) == 200);
}

TEST_CASE("an admin ends all of a user's sessions (DELETE .../sessions), audited, the user may sign in again",
          "[api][session][limits]") {
    ApiServer server("user_end_sessions", limits);
    const std::string admin = server.login(Users::admin);
    const std::string first = server.login(Users::finance);
    const std::string second = server.client().login(Users::finance);
    const std::string other = server.login(Users::auditor);
    const auto& api = server.client();
    CHECK(api.request("DELETE", "/api/v1/users/fin/sessions", "", other).status == 403);
    auto ended = api.request("DELETE", "/api/v1/users/fin/sessions", "", admin);
    REQUIRE(ended.status == 200);
    CHECK(ended.number("ended_sessions") == 2);
    CHECK(families(server, first) == 401);
    CHECK(families(server, second) == 401);
    CHECK(families(server, other) == 200);  // other users keep theirs
    CHECK(server.user_audits("end-sessions") == 1);
    CHECK(families(server, api.login(Users::finance)) == 200);
}
