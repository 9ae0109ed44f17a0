// The policy and a new rate year over the API (issue 19): staff read the
// policy in force on a day; finance adds a dated change and opens a year
// without rates; a refusal names the field and stores nothing.
#include <Poco/JSON/Array.h>
#include <catch2/catch.hpp>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string setting(const ApiResult& policy, const std::string& name) {
    auto settings = policy.json->getArray("settings");
    for (std::size_t i = 0; i < settings->size(); ++i)
        if (settings->getObject(i)->getValue<std::string>("name") == name)
            return settings->getObject(i)->getValue<std::string>("value");
    return "";
}

} // namespace

TEST_CASE("the policy over the API: a dated change by finance, read on days before and after", "[api][policy]") {
    ApiServer server("policy_api");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string finance = server.login(Users::finance);
    const std::string caseworker = server.login(Users::caseworker);

    const std::string body =
        R"({"name": "window.end", "value": "17:00", "valid_from": "2027-01-01", "reason": "Byrådets beslutning"})";
    auto before = server.row_counts();
    CHECK(api.post("/api/v1/policy", body, caseworker).status == 403);
    auto mid_year = api.post("/api/v1/policy",
                             R"({"name": "window.end", "value": "17:00", "valid_from": "2027-07-01", "reason": "x"})", finance);
    CHECK(mid_year.status == 400);
    CHECK(mid_year.error_field() == "valid_from");
    CHECK(api.post("/api/v1/policy", R"({"name": "window.end", "value": "25:00", "valid_from": "2027-01-01", "reason": "x"})",
                   finance)
              .error_field() == "value");
    CHECK(server.row_counts() == before);

    auto created = api.post("/api/v1/policy", body, finance);
    INFO(created.body);
    REQUIRE(created.status == 201);
    CHECK(created.json->getValue<std::string>("set_by") == Users::finance);
    CHECK(setting(api.get("/api/v1/policy?on=2026-12-31", caseworker), "window.end") == "16:00");
    CHECK(setting(api.get("/api/v1/policy?on=01-01-2027", caseworker), "window.end") == "17:00");
    CHECK(api.get("/api/v1/policy?on=someday", finance).error_field() == "on");
}

TEST_CASE("a year without rates: 404, then finance opens it as estimates", "[api][rates][open_year]") {
    ApiServer server("rate_open_year_api");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string finance = server.login(Users::finance);
    const std::string caseworker = server.login(Users::caseworker);
    CHECK(api.get("/api/v1/rates/2027", finance).status == 404);
    CHECK(api.post("/api/v1/rates/2027", "{}", caseworker).status == 403);
    auto opened = api.post("/api/v1/rates/2027", "{}", finance);
    INFO(opened.body);
    REQUIRE(opened.status == 201);
    auto figures = opened.json->getArray("figures");
    REQUIRE(figures->size() > 0);
    CHECK(figures->getObject(0)->getValue<bool>("estimated"));
    CHECK(api.get("/api/v1/rates/2027", finance).status == 200);
    CHECK(api.post("/api/v1/rates/2027", "{}", finance).status == 409);
}
