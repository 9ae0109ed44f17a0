// The templates a family downloads from the upload page (issue 19): the CSV's
// Danish header is the one the import reads, and the helper is named by name,
// never by an internal key or id.
#include <catch2/catch.hpp>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("the CSV template's Danish header comes back through the import, the helper named by name", "[api][shifts][web]") {
    ApiServer server("timesheet_template");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string token = server.login(Users::family_a);
    const std::string family = "/api/v1/families/" + std::to_string(server.world().family_a);

    auto csv = api.get(family + "/timesheet.csv", token);
    REQUIRE(csv.status == 200);
    CHECK(csv.headers["Content-Type"] == "text/csv; charset=utf-8");
    CHECK(csv.body == "\xEF\xBB\xBFhjælper;dato;start;slut;art\r\n");

    auto helper = api.get("/api/v1/helpers/" + std::to_string(server.world().helper_a), token);
    REQUIRE(helper.status == 200);
    const std::string filled = csv.body + helper.text("name") + ";10-03-2026;09:00;12:00;arbejde\r\n";
    Poco::JSON::Object body;
    body.set("csv", filled);
    body.set("file_name", "timeliste.csv");
    std::ostringstream text;
    body.stringify(text);
    auto imported = api.post(family + "/shift-imports", text.str(), token);
    INFO(imported.body);
    CHECK(imported.status == 201);
    CHECK(imported.number("shifts") == 1);

    auto xlsx = api.get("/api/v1/helpers/" + std::to_string(server.world().helper_a) + "/timesheet.xlsx", token);
    REQUIRE(xlsx.status == 200);
    CHECK(xlsx.body.rfind("PK", 0) == 0);
    // Another family's helper: not found.
    CHECK(api.get("/api/v1/helpers/" + std::to_string(server.world().helper_b) + "/timesheet.xlsx", token).status == 404);
}
