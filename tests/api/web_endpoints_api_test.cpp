// The endpoints added for the web pages: the shift preview (classified, never
// stored), changing and deleting a shift (audited; refused in a closed year),
// and a year's rates (show; replace an estimate with the published figure).
#include <Poco/JSON/Array.h>
#include <catch2/catch.hpp>

#include "api_fixture.h"
#include "store/closed_years.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::vector<std::string> shift_audit_actions(ApiServer& server) {
    std::vector<std::string> actions(10);
    server.db().session() << "SELECT action FROM audit_log WHERE entity = 'shift' ORDER BY id", soci::into(actions);
    return actions;
}

} // namespace

TEST_CASE("a shift preview classifies the shift with its reasons and stores nothing", "[api][shifts][web]") {
    ApiServer server("shift_preview");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string token = server.login(Users::family_a);
    const std::string helper = "/api/v1/helpers/" + std::to_string(server.world().helper_a);

    // A Tuesday 14:00–18:00: 2 h subsidised, 2 h after the window (domain.md §5).
    auto before = server.row_counts();
    auto preview = api.post(helper + "/shift-preview", R"({"date": "2026-03-10", "start": "14:00", "end": "18:00"})", token);
    INFO(preview.body);
    REQUIRE(preview.status == 200);
    CHECK(preview.number("minutes") == 240);
    CHECK(preview.number("subsidisable_minutes") == 120);
    auto excluded = preview.json->getArray("excluded");
    REQUIRE(excluded->size() == 1);
    CHECK(excluded->getObject(0)->getValue<std::string>("reason") == "after_window");
    CHECK(excluded->getObject(0)->getValue<int>("minutes") == 120);
    // Saturday: all of it is weekend.
    auto saturday = api.post(helper + "/shift-preview", R"({"date": "2026-03-14", "start": "10:00", "end": "12:00"})", token);
    CHECK(saturday.number("subsidisable_minutes") == 0);
    CHECK(saturday.json->getArray("excluded")->getObject(0)->getValue<std::string>("reason") == "weekend");
    CHECK(server.row_counts() == before);

    // The same refusals as storing: an end before the start, an overlap (unless it is the shift being changed).
    auto backwards = api.post(helper + "/shift-preview", R"({"date": "2026-03-10", "start": "14:00", "end": "13:00"})", token);
    CHECK(backwards.status == 400);
    CHECK(backwards.error_field() == "end");
    auto stored = api.post(helper + "/shifts", R"({"date": "2026-03-10", "start": "09:00", "end": "12:00"})", token);
    REQUIRE(stored.status == 201);
    auto overlap = api.post(helper + "/shift-preview", R"({"date": "2026-03-10", "start": "11:00", "end": "13:00"})", token);
    CHECK(overlap.status == 400);
    CHECK(overlap.error_field() == "start");
    auto replacing = api.post(helper + "/shift-preview",
                              R"({"date": "2026-03-10", "start": "11:00", "end": "13:00", "replacing": )" +
                                  std::to_string(stored.number("id")) + "}",
                              token);
    CHECK(replacing.status == 200);
    CHECK(replacing.number("minutes") == 120);
}

TEST_CASE("a shift is changed and deleted over the API, audited, and not in a closed year", "[api][shifts][web]") {
    ApiServer server("shift_edit");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string token = server.login(Users::family_a);
    const std::string helper = "/api/v1/helpers/" + std::to_string(server.world().helper_a);
    auto first = api.post(helper + "/shifts", R"({"date": "2026-03-10", "start": "09:00", "end": "12:00"})", token);
    auto second = api.post(helper + "/shifts", R"({"date": "2026-03-11", "start": "09:00", "end": "12:00"})", token);
    REQUIRE(first.status == 201);
    REQUIRE(second.status == 201);
    const std::string shift = "/api/v1/shifts/" + std::to_string(first.number("id"));

    // 11:00–17:00 overlaps the shift's own old times only: accepted, 5 h subsidised + 1 h after 16:00.
    auto changed = api.put(shift, R"({"date": "2026-03-10", "start": "11:00", "end": "17:00"})", token);
    INFO(changed.body);
    REQUIRE(changed.status == 200);
    CHECK(changed.number("id") == first.number("id"));
    CHECK(changed.number("minutes") == 360);
    CHECK(changed.number("subsidisable_minutes") == 300);
    auto listed = api.get(helper + "/shifts?month=2026-03", token);
    REQUIRE(listed.item_count() == 2);
    CHECK(listed.json->getArray("items")->getObject(0)->getValue<std::string>("start") == "11:00");
    CHECK(listed.number("minutes") == 360 + 180);

    // Onto the other shift's day and time: an overlap, nothing changed.
    auto clash = api.put(shift, R"({"date": "2026-03-11", "start": "10:00", "end": "11:00"})", token);
    CHECK(clash.status == 400);
    CHECK(clash.error_field() == "start");
    CHECK(api.put(shift, R"({"date": "2026-03-10", "start": "11:00"})", token).error_field() == "end");
    CHECK(api.put(shift, R"({"date": "2026-03-10", "start": "09:00", "end": "10:00"})", server.login(Users::family_b)).status == 404);

    CHECK(api.request("DELETE", shift, "", token).status == 204);
    CHECK(api.get(helper + "/shifts?month=2026-03", token).item_count() == 1);
    CHECK(api.request("DELETE", shift, "", token).status == 404);
    CHECK(shift_audit_actions(server) == std::vector<std::string>{"create", "create", "update", "delete"});

    // A closed year's shifts no longer change (domain.md §7).
    server.db().in_transaction([&](soci::session& sql) {
        store::close_year(sql, server.world().family_a, 2026, "2027-01-31T12:00:00Z", "test-setup");
    });
    const std::string other = "/api/v1/shifts/" + std::to_string(second.number("id"));
    auto before = server.row_counts();
    CHECK(api.put(other, R"({"date": "2026-03-11", "start": "08:00", "end": "12:00"})", token).status == 409);
    CHECK(api.request("DELETE", other, "", token).status == 409);
    CHECK(server.row_counts() == before);
}

TEST_CASE("a year's rates over the API: finance replaces an estimate with the published figure", "[api][rates][web]") {
    ApiServer server("rate_api");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string finance = server.login(Users::finance);

    auto figure = [&](const std::string& name) {
        auto rates = api.get("/api/v1/rates/2026", finance);
        REQUIRE(rates.status == 200);
        auto figures = rates.json->getArray("figures");
        for (std::size_t i = 0; i < figures->size(); ++i)
            if (figures->getObject(i)->getValue<std::string>("name") == name) return figures->getObject(i);
        FAIL("no figure " << name);
        return Poco::JSON::Object::Ptr();
    };
    // config/rates/2026.properties: the cap is an estimate until the figure is published.
    REQUIRE(figure("home_training_cap")->getValue<bool>("estimated"));
    CHECK(figure("home_training_cap")->getValue<std::string>("unit") == "ore");

    auto published = api.put("/api/v1/rates/2026",
                             R"({"name": "home_training_cap", "value": 72073200, "source": "Bekendtgørelse 2026"})", finance);
    INFO(published.body);
    REQUIRE(published.status == 200);
    CHECK(published.json->getObject("before")->getValue<bool>("estimated"));
    CHECK(published.json->getObject("after")->getValue<Poco::Int64>("value") == 72073200);
    auto after = figure("home_training_cap");
    CHECK_FALSE(after->getValue<bool>("estimated"));
    CHECK(after->getValue<Poco::Int64>("value") == 72073200);
    CHECK(after->getValue<std::string>("source") == "Bekendtgørelse 2026");

    const std::string caseworker = server.login(Users::caseworker);  // creates the user: before the count
    auto before = server.row_counts();
    CHECK(api.put("/api/v1/rates/2026", R"({"name": "no_such_rate", "value": 1, "source": "x"})", finance).error_field() == "name");
    CHECK(api.put("/api/v1/rates/2026", R"({"name": "home_training_cap", "value": -1, "source": "x"})", finance).error_field() == "value");
    CHECK(api.put("/api/v1/rates/2026", R"({"name": "home_training_cap", "value": 1, "source": ""})", finance).status == 400);
    CHECK(api.put("/api/v1/rates/2017", R"({"name": "home_training_cap", "value": 1, "source": "x"})", finance).status == 404);
    CHECK(api.put("/api/v1/rates/2026", R"({"name": "home_training_cap", "value": 1, "source": "x"})", caseworker).status == 403);
    CHECK(server.row_counts() == before);
}
