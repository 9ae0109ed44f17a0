// /api/v1/claims and /api/v1/receipts (http/claims_routes.cpp): roles, a
// camt.054 file once, a bad one refused whole with the entry named, nothing stored.
#include <catch2/catch.hpp>

#include <Poco/JSON/Object.h>

#include "api_fixture.h"
#include "reconcile/camt_builder.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string camt_body(const std::string& xml) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("file_name", "bank.xml");
    o->set("xml", xml);
    std::ostringstream out;
    o->stringify(out);
    return out.str();
}

} // namespace

TEST_CASE("claims API: a family sees its own claims, an unknown or other claim is 404", "[claims][api]") {
    ApiServer server("claims_api_read");
    server.seed_rates_and_policy();
    const auto family = server.login(Users::family_a);
    auto list = server.client().get("/api/v1/claims", family);
    CHECK(list.status == 200);
    CHECK(list.item_count() == 0);
    CHECK(server.client().get("/api/v1/claims/999", family).status == 404);
    CHECK(server.client().get("/api/v1/claims?family_id=abc", server.login(Users::finance)).status == 400);
    CHECK(server.client().post("/api/v1/claims/handover", "{}", family).status == 403);
    CHECK(server.client().get("/api/v1/receipts", server.login(Users::caseworker)).status == 403);
}

TEST_CASE("receipts API: a camt.054 file is imported once, a bad one is refused whole", "[claims][api]") {
    ApiServer server("claims_api_camt", 16384);
    server.seed_rates_and_policy();
    const auto finance = server.login(Users::finance);
    const std::string good = camt_body(camt054("API-1", {{"A1", "150.00", "", "Nogen"}}));
    CHECK(server.client().post("/api/v1/receipts/camt", good, server.login(Users::caseworker)).status == 403);
    auto imported = server.client().post("/api/v1/receipts/camt", good, finance);
    CHECK(imported.status == 201);
    CHECK(imported.number("unassigned_ore") == 15000);
    auto before = server.row_counts();
    CHECK(server.client().post("/api/v1/receipts/camt", good, finance).status == 409);
    auto bad = server.client().post("/api/v1/receipts/camt",
                                    camt_body(camt054("API-2", {{"A2", "1.00"}, {"A3", "-5.00"}})), finance);
    CHECK(bad.status == 400);
    CHECK(bad.error_field().find("post 2 (NtryRef A3)") != std::string::npos);
    CHECK(server.row_counts() == before);
    auto receipts = server.client().get("/api/v1/receipts", finance);
    CHECK(receipts.status == 200);
    CHECK(receipts.item_count() == 1);
}
