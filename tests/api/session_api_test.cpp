// Health, login, logout and bearer tokens.
#include <catch2/catch.hpp>

#include "api_fixture.h"
#include "http/api_routes.h"
#include "http/server.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("GET /healthz answers without a token", "[api][session]") {
    ApiServer server("healthz");
    auto r = server.client().get("/healthz", "");
    CHECK(r.status == 200);
    CHECK(r.text("status") == "ok");
    CHECK(r.json->getValue<bool>("database_writable"));
}

TEST_CASE("GET /healthz on a database that cannot be written answers 503 not_ready, database_writable false",
          "[api][session]") {
    ApiServer server("healthz_read_only");
    if (server.settings().database.rfind("postgresql://", 0) == 0) {
        WARN("skipped on PostgreSQL: the read-only case is a SQLite file opened ?mode=ro");
        return;
    }
    // Opened read-only by SQLite itself: a chmod would not stop root, who may run the tests.
    Settings read_only = server.settings();
    read_only.database += "?mode=ro";
    http::Server serve(read_only, http::api_routes(read_only));
    serve.start();
    ApiClient api(serve.port());
    auto r = api.get("/healthz", "");
    CHECK(r.status == 503);
    CHECK(r.text("status") == "not_ready");
    CHECK_FALSE(r.json->getValue<bool>("database_writable"));
    CHECK(r.text("code") == "database_not_writable");
    CHECK(r.text("error") == "databasen kan ikke skrive: databasen er åbnet skrivebeskyttet (?mode=ro)");
    // Reading still works; a write is refused as unwritable (503), not as an internal error.
    std::string token = server.login(Users::caseworker);
    CHECK(api.get("/api/v1/families", token).status == 200);
    auto write = api.post("/api/v1/families", R"({"name": "X", "cvr": ")" + valid_cvr(5) + R"("})", token);
    CHECK(write.status == 503);
}

TEST_CASE("login answers a token and its expiry, and the token opens the API", "[api][session]") {
    ApiServer server("login_ok");
    const auto& api = server.client();
    server.login(Users::caseworker);  // creates the user
    auto r = api.post("/api/v1/login", R"({"username": "case", "password": "correct horse battery"})", "");
    REQUIRE(r.status == 200);
    CHECK(r.text("token").size() == 64);
    CHECK(r.text("expires_at").size() == 20);  // 2026-03-01T09:15:00Z
    CHECK(r.json->getObject("user")->getValue<std::string>("role") == "caseworker");
    CHECK(api.get("/api/v1/families", r.text("token")).status == 200);
}

TEST_CASE("login with a wrong password or an unknown user answers 401 and opens no session", "[api][session]") {
    ApiServer server("login_wrong");
    const auto& api = server.client();
    server.login(Users::caseworker);  // creates the user
    auto before = server.row_counts(true);
    auto wrong = api.post("/api/v1/login", R"({"username": "case", "password": "not the password"})", "");
    CHECK(wrong.status == 401);
    auto unknown = api.post("/api/v1/login", R"({"username": "nobody", "password": "correct horse battery"})", "");
    CHECK(unknown.status == 401);
    CHECK(wrong.text("error") == unknown.text("error"));  // does not tell which usernames exist
    auto missing = api.post("/api/v1/login", R"({"username": "case"})", "");
    CHECK(missing.status == 400);
    CHECK(missing.error_field() == "password");
    auto after = server.row_counts(true);
    // Only the failures are counted (app/login_throttle.h): user:case, user:nobody, address:127.0.0.1.
    CHECK(after["login_failures"] == before["login_failures"] + 3);
    after.erase("login_failures");
    before.erase("login_failures");
    CHECK(after == before);
}

TEST_CASE("the API refuses requests without a token, with an unknown one and with an expired one", "[api][session]") {
    ApiServer server("tokens");
    const auto& api = server.client();
    auto none = api.get("/api/v1/families", "");
    CHECK(none.status == 401);
    CHECK(none.text("error") != "");
    CHECK(api.get("/api/v1/families", "not-a-token").status == 401);

    std::string token = server.login(Users::caseworker);
    REQUIRE(api.get("/api/v1/families", token).status == 200);
    server.db().session() << "UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z'";
    CHECK(api.get("/api/v1/families", token).status == 401);
    auto before = server.row_counts();
    CHECK(api.post("/api/v1/families", R"({"name": "X", "cvr": ")" + valid_cvr(5) + R"("})", token).status == 401);
    CHECK(server.row_counts() == before);
}

TEST_CASE("a Bearer header is read case-insensitively, other schemes are refused", "[api][session]") {
    ApiServer server("bearer_scheme");
    const auto& api = server.client();
    std::string token = server.login(Users::finance);
    auto raw = [&](const std::string& authorization) {
        return api.raw("GET /api/v1/families HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: " +
                       authorization + "\r\n\r\n");
    };
    CHECK(raw("bearer " + token).status == 200);
    CHECK(raw("Basic " + token).status == 401);
}

TEST_CASE("logout ends the session: the token answers 401 afterwards", "[api][session]") {
    ApiServer server("logout");
    const auto& api = server.client();
    std::string token = server.login(Users::auditor);
    CHECK(api.post("/api/v1/logout", "", token).status == 204);
    CHECK(api.get("/api/v1/families", token).status == 401);
    CHECK(api.post("/api/v1/logout", "", token).status == 401);
}

TEST_CASE("an unknown path answers 404 and an unknown method on a known path 405", "[api][session]") {
    ApiServer server("unknown_route");
    const auto& api = server.client();
    std::string token = server.login(Users::admin);
    auto unknown = api.get("/api/v1/nothing-here", token);
    CHECK(unknown.status == 404);
    CHECK(unknown.text("error") != "");
    CHECK(api.get("/api/v2/families", token).status == 404);
    auto wrong_method = api.request("DELETE", "/api/v1/families", "", token);
    CHECK(wrong_method.status == 405);
    CHECK(wrong_method.headers["Allow"] == "GET, POST");
}

TEST_CASE("GET /api/v1/municipality names the municipality for the pages' header, without a token", "[api][session]") {
    ApiServer server("municipality_name");
    auto r = server.client().get("/api/v1/municipality", "");
    CHECK(r.status == 200);
    CHECK(r.text("name") == "Egeskov Kommune");  // config/letters.properties
}
