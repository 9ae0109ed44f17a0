// GET /api/v1/lost-earnings (issue 19): every award for the caseworkers' page
// with family, child, the lost income a month as awarded and the state today;
// a family user sees its own only.
#include <Poco/JSON/Array.h>
#include <catch2/catch.hpp>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("the lost-earnings list names family and child, the amount a month and the state", "[api][lost-earnings]") {
    ApiServer server("lost_earnings_list");
    const auto& api = server.client();
    const auto& w = server.world();

    auto all = api.get("/api/v1/lost-earnings", server.login(Users::caseworker));
    INFO(all.body);
    REQUIRE(all.status == 200);
    REQUIRE(all.item_count() == 2);
    auto first = all.json->getArray("items")->getObject(0);
    CHECK(first->getValue<long long>("id") == w.award_a);
    CHECK(first->getValue<long long>("family_id") == w.family_a);
    CHECK(first->getValue<std::string>("family_name") == "Familie A");
    CHECK(first->getValue<std::string>("child_name") == "Barn 0101");
    // 35.000,00 kr × 18,50 / 37 hours = 17.500,00 kr.
    CHECK(first->getValue<long long>("monthly_reduction") == 1750000);
    CHECK(first->getValue<std::string>("state") == "ended");  // 2025, over by now
    CHECK(first->getValue<std::string>("parent_cpr").substr(7) == "XXXX");

    auto own = api.get("/api/v1/lost-earnings", server.login(Users::family_a));
    REQUIRE(own.status == 200);
    CHECK(own.item_count() == 1);
    CHECK(api.get("/api/v1/lost-earnings?family=abc", server.login(Users::finance)).status == 400);
}
