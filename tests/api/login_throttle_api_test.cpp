// Issue 17: password guessing is slowed per username and per client address,
// a lockout is lifted by an admin, and the password is checked outside every
// database lock on a bounded pool.
#include <catch2/catch.hpp>

#include <future>
#include <string>
#include <thread>
#include <vector>

#include "api_fixture.h"
#include "stopped_clock.h"

using namespace hjt;
using namespace hjt::test;
using namespace std::chrono_literals;

namespace {

std::string login_body(const std::string& username, const std::string& password) {
    return R"({"username": ")" + username + R"(", "password": ")" + password + R"("})";
}

ApiResult try_login(const ApiServer& server, const std::string& username, const std::string& password) {
    return server.client().post("/api/v1/login", login_body(username, password), "");
}

// A password check pool whose next check, once armed, waits inside until the
// test releases it: a login the test knows to be hashing.
class HeldHashing {
public:
    HeldHashing(int slots, std::chrono::milliseconds max_wait)
        : released_(release_.get_future().share()),
          pool_(std::make_shared<app::PasswordHashing>(slots, max_wait, [this](const std::string& p, const std::string& h) {
              if (armed_.exchange(false)) {
                  inside_.set_value();
                  released_.wait();
              }
              return app::verify_password(p, h);
          })) {}
    ~HeldHashing() { release(); }

    std::shared_ptr<app::PasswordHashing> pool() const { return pool_; }
    // Starts a login that will be held inside its check; returns once it is there.
    std::future<int> held_login(const ApiServer& server, const std::string& username) {
        armed_ = true;
        auto login = std::async(std::launch::async, [&server, username] { return try_login(server, username, kPassword).status; });
        inside_.get_future().wait();
        return login;
    }
    void release() {
        if (!released_flag_.exchange(true)) release_.set_value();
    }

private:
    std::promise<void> inside_;
    std::promise<void> release_;
    std::shared_future<void> released_;
    std::atomic<bool> armed_{false};
    std::atomic<bool> released_flag_{false};
    std::shared_ptr<app::PasswordHashing> pool_;
};

} // namespace

TEST_CASE("30 wrong passwords: from the 6th every try waits (429, Retry-After), the waits grow to a lockout "
          "that refuses the right password too, and an admin's unlock lifts it, audited",
          "[api][login][throttle]") {
    ApiServer server("login_throttle");
    server.login(Users::caseworker);  // creates the user
    const std::string admin = server.login(Users::admin);
    StoppedClock clock;

    std::vector<int> statuses;
    for (int i = 0; i < 30; ++i) statuses.push_back(try_login(server, "case", "not the password").status);
    CHECK(std::vector<int>(statuses.begin(), statuses.begin() + 5) == std::vector<int>(5, 401));
    CHECK(std::vector<int>(statuses.begin() + 5, statuses.end()) == std::vector<int>(25, 429));
    auto waiting = try_login(server, "case", "not the password");
    CHECK(waiting.status == 429);
    CHECK(waiting.headers["Retry-After"] == "1");
    CHECK(waiting.text("code") == "login_throttled");
    CHECK(waiting.text("error") == "for mange mislykkede login-forsøg: prøv igen om 1 sekunder");

    // Each failure after waiting as told doubles the wait, until the lockout (15 minutes).
    std::vector<std::string> waits;
    for (int i = 0; i < 5; ++i) {
        clock.advance(std::chrono::seconds(std::stoi(waiting.headers["Retry-After"])));
        CHECK(try_login(server, "case", "not the password").status == 401);
        waiting = try_login(server, "case", "not the password");
        REQUIRE(waiting.status == 429);
        waits.push_back(waiting.headers["Retry-After"]);
    }
    CHECK(waits == std::vector<std::string>{"2", "4", "8", "16", "900"});
    CHECK(server.user_audits("lock") == 1);

    clock.advance(899s);
    auto right = try_login(server, "case", kPassword);
    CHECK(right.status == 429);  // locked: the right password is not even checked
    CHECK(right.headers["Retry-After"] == "1");

    auto unlock = server.client().post("/api/v1/users/case/unlock", "", admin);
    REQUIRE(unlock.status == 200);
    CHECK(unlock.json->getValue<bool>("was_locked"));
    CHECK(server.user_audits("unlock") == 1);
    std::string actor;
    server.db().session() << "SELECT actor FROM audit_log WHERE action = 'unlock'", soci::into(actor);
    CHECK(actor == Users::admin);
    CHECK(try_login(server, "case", kPassword).status == 200);
}

TEST_CASE("a lockout can only be lifted by an admin, for a user that exists", "[api][login][throttle]") {
    ApiServer server("login_unlock_refused");
    const std::string caseworker = server.login(Users::caseworker);
    const std::string admin = server.login(Users::admin);
    CHECK(server.client().post("/api/v1/users/case/unlock", "", caseworker).status == 403);
    CHECK(server.client().post("/api/v1/users/nobody/unlock", "", admin).status == 404);
    auto nothing = server.client().post("/api/v1/users/case/unlock", "", admin);
    CHECK(nothing.status == 200);
    CHECK_FALSE(nothing.json->getValue<bool>("was_locked"));
    CHECK(server.user_audits("unlock") == 0);  // nothing was lifted
}

TEST_CASE("failures from one address count across usernames, known or not", "[api][login][throttle]") {
    ApiServer server("login_throttle_address", [](Settings& s) {
        s.login.address_free_failures = 4;
        s.login.address_lockout_failures = 8;
    });
    server.login(Users::caseworker);
    StoppedClock clock;
    for (const char* name : {"nobody1", "nobody2", "nobody3", "case"})
        CHECK(try_login(server, name, "not the password").status == 401);
    auto refused = try_login(server, "fin", "anything at all");  // a fresh username, the same address
    CHECK(refused.status == 429);
    CHECK(refused.headers["Retry-After"] == "1");
    clock.advance(1s);
    CHECK(try_login(server, "case", kPassword).status == 200);  // waited as told
}

TEST_CASE("an unknown username is throttled like a known one: the answers do not tell which exist",
          "[api][login][throttle]") {
    ApiServer server("login_throttle_unknown");
    server.login(Users::caseworker);
    StoppedClock clock;
    std::vector<ApiResult> known, unknown;
    for (int i = 0; i < 6; ++i) {
        known.push_back(try_login(server, "case", "not the password"));
        unknown.push_back(try_login(server, "ghost", "not the password"));
    }
    for (int i = 0; i < 6; ++i) {
        CHECK(known[i].status == (i < 5 ? 401 : 429));
        CHECK(unknown[i].status == known[i].status);
        CHECK(unknown[i].body == known[i].body);
    }
}

TEST_CASE("the password is checked outside the write lock: a write completes while a login is hashing",
          "[api][login][throttle]") {
    HeldHashing hashing(2, 30s);
    ApiServer server("login_outside_lock", [](Settings&) {}, hashing.pool());
    const std::string caseworker = server.login(Users::caseworker);
    auto login = hashing.held_login(server, "case");  // hashing now
    // Were the hash under the writer lock, this would wait for the release and
    // time out (30 s) instead.
    auto write = server.client().put("/api/v1/families/" + std::to_string(server.world().family_a),
                                     R"({"contact_phone": "12345678"})", caseworker);
    hashing.release();
    CHECK(write.status == 200);
    CHECK(login.get() == 200);
}

TEST_CASE("a login that finds every hashing slot taken is answered 503 with Retry-After, its password unchecked",
          "[api][login][throttle]") {
    HeldHashing hashing(1, 0ms);  // one slot, no waiting for it
    ApiServer server("login_busy", [](Settings&) {}, hashing.pool());
    server.login(Users::caseworker);
    auto first = hashing.held_login(server, "case");
    auto busy = try_login(server, "case", kPassword);
    hashing.release();
    CHECK(busy.status == 503);
    CHECK(busy.text("code") == "login_busy");
    CHECK(busy.headers["Retry-After"] == "1");
    CHECK(first.get() == 200);
    long long failures = -1;
    server.db().session() << "SELECT COUNT(*) FROM login_failures", soci::into(failures);
    CHECK(failures == 0);  // a busy answer is no failure
}
