// The family overview's budget (issue 19): what is left of the grant, the
// forecast's warning and the weeks with more hours than the grant gives.
#include <Poco/JSON/Array.h>
#include <catch2/catch.hpp>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("the budget: hours left and a week over the grant's 20 t/uge is listed", "[api][budget][web]") {
    ApiServer server("family_budget");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string token = server.login(Users::family_a);
    const std::string helper = "/api/v1/helpers/" + std::to_string(server.world().helper_a);
    // Monday 09-03-2026 to Friday 13-03-2026, 09:00–13:30: 22,5 h, all within the window.
    for (int d = 9; d <= 13; ++d)
        REQUIRE(api.post(helper + "/shifts", R"({"date": "2026-03-)" + std::string(d < 10 ? "0" : "") +
                             std::to_string(d) + R"(", "start": "09:00", "end": "13:30"})", token).status == 201);
    // And 4 h the next week: within the grant.
    REQUIRE(api.post(helper + "/shifts", R"({"date": "2026-03-16", "start": "09:00", "end": "13:00"})", token).status == 201);

    const std::string path = "/api/v1/families/" + std::to_string(server.world().family_a) + "/budget?year=2026";
    auto budget = api.get(path, token);
    INFO(budget.body);
    REQUIRE(budget.status == 200);
    auto weeks = budget.json->getArray("weeks_over_grant");
    REQUIRE(weeks->size() == 1);
    CHECK(weeks->getObject(0)->getValue<std::string>("monday") == "2026-03-09");
    CHECK(weeks->getObject(0)->getValue<long long>("used_hours") == 2250);
    CHECK(weeks->getObject(0)->getValue<long long>("granted_hours") == 2000);
    auto child = budget.json->getArray("children")->getObject(0);
    CHECK(child->getValue<long long>("used_hours") == 2650);
    CHECK(child->getValue<long long>("remaining_hours") == child->getValue<long long>("approved_hours") - 2650);
    CHECK(child->getValue<long long>("remaining_cost") ==
          child->getValue<long long>("approved_cost") - child->getValue<long long>("used_cost"));

    // Another family's budget is not found; a year out of range is refused.
    const std::string other = "/api/v1/families/" + std::to_string(server.world().family_b) + "/budget?year=2026";
    CHECK(api.get(other, token).status == 404);
    CHECK(api.get("/api/v1/families/" + std::to_string(server.world().family_a) + "/budget?year=1999", token).status == 400);
}
