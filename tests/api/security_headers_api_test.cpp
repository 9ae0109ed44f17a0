// Every answer of the API — JSON, refusals and file downloads alike — carries
// the API's security headers and is never cached; the web files carry the
// pages' set (static_files_test.cpp). Both come from http/security_headers.h.
#include <catch2/catch.hpp>

#include "api_fixture.h"
#include "http/security_headers.h"

using namespace hjt;
using namespace hjt::test;

namespace {

void check_api_headers(const ApiResult& answer) {
    INFO(answer.status << " " << answer.body.substr(0, 200));
    CHECK(answer.headers.at("Content-Security-Policy") == "default-src 'none'; frame-ancestors 'none'; sandbox");
    CHECK(answer.headers.at("X-Content-Type-Options") == "nosniff");
    CHECK(answer.headers.at("Referrer-Policy") == "no-referrer");
    CHECK(answer.headers.at("X-Frame-Options") == "DENY");
    CHECK(answer.headers.at("Cache-Control") == "no-store");
}

} // namespace

TEST_CASE("API answers of every kind carry the security headers and no-store", "[api][web]") {
    ApiServer server("security_headers");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string family = server.login(Users::family_a);
    const std::string helper = "/api/v1/helpers/" + std::to_string(server.world().helper_a);

    auto ok = api.get("/api/v1/families/" + std::to_string(server.world().family_a), family);
    CHECK(ok.status == 200);
    check_api_headers(ok);
    auto download = api.get(helper + "/payslip.xlsx?month=2026-03", family);
    CHECK(download.status == 200);
    check_api_headers(download);

    auto bad_input = api.post(helper + "/shifts", R"({"date": "2026-03-10", "start": "14:00", "end": "13:00"})", family);
    CHECK(bad_input.status == 400);
    check_api_headers(bad_input);
    auto unauthenticated = api.get("/api/v1/families", "");
    CHECK(unauthenticated.status == 401);
    check_api_headers(unauthenticated);
    auto other_family = api.get("/api/v1/families/" + std::to_string(server.world().family_b), family);
    CHECK(other_family.status == 404);
    check_api_headers(other_family);
    auto no_such_method = api.request("DELETE", "/api/v1/families", "", family);
    CHECK(no_such_method.status == 405);
    check_api_headers(no_such_method);
}

TEST_CASE("the pages' policy allows the service's own scripts, the API's allows nothing", "[api][web]") {
    const auto& pages = http::page_security_headers();
    const auto& api = http::api_security_headers();
    CHECK(pages.at("Content-Security-Policy").find("script-src 'self'") != std::string::npos);
    CHECK(api.at("Content-Security-Policy").find("script-src") == std::string::npos);
    for (const char* shared : {"X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"}) {
        INFO(shared);
        CHECK(pages.at(shared) == api.at(shared));
    }
    // Pages revalidate with their ETag (no-cache, set per file); API answers are never stored.
    CHECK(pages.count("Cache-Control") == 0);
}
