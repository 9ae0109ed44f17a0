// An hjt API server for one test case: a fresh database (store/scratch_database.h), a small register
// of two families (A and B) with a child, helper, grant, expense and award
// each, and the server listening on 127.0.0.1 at a port the system picks.
// Users (one per role; the family users belong to A and B) are created on
// first sign-in, as hashing a password is slow on purpose.
#pragma once

#include <Poco/JSON/Object.h>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "app/auth.h"
#include "app/password_hashing.h"
#include "app/settings.h"
#include "http/server.h"
#include "store/database.h"
#include "store/scratch_database.h"

namespace hjt::test {

// The password every test user has.
inline const std::string kPassword = "correct horse battery";

// Valid CVR numbers (mod 11) for families made by the tests.
std::string valid_cvr(int n);

struct ApiResult {
    int status = 0;
    std::string body;
    Poco::JSON::Object::Ptr json;  // null unless the body is a JSON object
    std::map<std::string, std::string> headers;

    std::string text(const std::string& key) const;
    long long number(const std::string& key) const;
    std::string error_field() const;  // "" when null or absent
    std::size_t item_count() const;   // size of "items"
};

class ApiClient {
public:
    explicit ApiClient(int port) : port_(port) {}
    int port() const { return port_; }
    ApiResult request(const std::string& method, const std::string& path, const std::string& body = "",
                      const std::string& token = "") const;
    ApiResult get(const std::string& path, const std::string& token) const { return request("GET", path, "", token); }
    ApiResult post(const std::string& path, const std::string& body, const std::string& token) const {
        return request("POST", path, body, token);
    }
    ApiResult put(const std::string& path, const std::string& body, const std::string& token) const {
        return request("PUT", path, body, token);
    }
    // Bytes as they are, for bodies a well-behaved client would not send
    // (declared longer than sent, truncated); the write side is then closed.
    ApiResult raw(const std::string& request_bytes) const;
    // A bearer token (the test fails if login does not answer 200).
    std::string login(const std::string& username, const std::string& password = kPassword) const;

private:
    int port_;
};

struct World {
    Id family_a = 0, family_b = 0;
    Id child_a = 0, child_b = 0;
    Id helper_a = 0, helper_b = 0;
    Id grant_a = 0, grant_b = 0;
    Id version_a = 0, version_b = 0;
    Id expense_a = 0, expense_b = 0;
    Id award_a = 0, award_b = 0;
};

// Usernames of the test users, one per role; family users for A and B.
struct Users {
    static constexpr const char* finance = "fin";
    static constexpr const char* caseworker = "case";
    static constexpr const char* auditor = "audit";
    static constexpr const char* admin = "admin";
    static constexpr const char* family_a = "family.a";
    static constexpr const char* family_b = "family.b";
};

class ApiServer {
public:
    // `name` makes the database file unique to the test case.
    explicit ApiServer(const std::string& name, int max_body_bytes = 4096);
    // With settings of the test's own (limits) and, when given, the pool the
    // server checks passwords on (a test that holds a check inside it).
    ApiServer(const std::string& name, const std::function<void(Settings&)>& adjust,
              std::shared_ptr<app::PasswordHashing> hashing = nullptr);
    ~ApiServer();

    const ApiClient& client() const { return *client_; }
    // Creates the user named in Users on first use, then signs in over the API.
    std::string login(const std::string& username);
    const World& world() const { return world_; }
    const Settings& settings() const { return settings_; }
    // A connection of the test's own, to look at what the server stored.
    store::Database& db() { return *db_; }
    // Rows per table (sessions excluded unless asked): equal before and after
    // a refused request means nothing was stored.
    std::map<std::string, long long> row_counts(bool with_sessions = false);
    // Audit entries about users with this action ("disable", "unlock", ...).
    long long user_audits(const std::string& action);
    // The rates and the policy from config/, as `hjt init` stores them
    // (payslips, previews and runs need them; most register tests do not).
    void seed_rates_and_policy();

private:
    void seed();

    testing::ScratchConnection scratch_;  // removed last, once every connection is closed
    Settings settings_;
    std::unique_ptr<store::Database> db_;
    World world_;
    std::unique_ptr<http::Server> server_;
    std::unique_ptr<ApiClient> client_;
    std::set<std::string> users_;
};

} // namespace hjt::test
