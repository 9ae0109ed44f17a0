// Plausibility questions over the API (issue 19): 409, code needs_confirmation,
// the field and the questions listed in Danish,
// nothing stored; the same request with "confirm": true is stored (201).
#include <Poco/JSON/Array.h>
#include <catch2/catch.hpp>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string path(const std::string& prefix, long long id, const std::string& suffix) {
    return prefix + std::to_string(id) + suffix;
}

Poco::JSON::Object::Ptr first_question(const ApiResult& answer) {
    auto questions = answer.json->getArray("questions");
    REQUIRE(questions);
    REQUIRE(questions->size() == 1);
    return questions->getObject(0);
}

} // namespace

TEST_CASE("a child of 25 or more is answered 409 with the question, and stored with confirm", "[api][plausibility]") {
    ApiServer server("plausibility_child");
    const auto& api = server.client();
    std::string token = server.login(Users::caseworker);
    const auto& w = server.world();
    const auto before = server.row_counts();

    const std::string child = R"({"name": "Voksen", "cpr": "010100-4000")";
    auto asked = api.post(path("/api/v1/families/", w.family_a, "/children"), child + "}", token);
    INFO(asked.body);
    REQUIRE(asked.status == 409);
    CHECK(asked.text("code") == "needs_confirmation");
    CHECK(asked.text("field") == "cpr");
    auto q = first_question(asked);
    CHECK(q->getValue<std::string>("code") == "question_child_adult_today");
    CHECK(q->getValue<std::string>("field_label") == "CPR-nummer");
    CHECK(q->getValue<std::string>("message").find("Er CPR-nummeret rigtigt?") != std::string::npos);
    CHECK(server.row_counts() == before);  // nothing stored, not even an audit entry

    auto stored = api.post(path("/api/v1/families/", w.family_a, "/children"), child + R"(, "confirm": true})", token);
    INFO(stored.body);
    CHECK(stored.status == 201);
    CHECK(stored.text("birth_date") == "2000-01-01");
}

TEST_CASE("a helper's wage of 50 kr/t and a grant version of 45 t/uge are questions",
          "[api][plausibility]") {
    ApiServer server("plausibility_wage_hours");
    const auto& api = server.client();
    const auto& w = server.world();
    std::string family = server.login(Users::family_a);
    const std::string helper = R"({"name": "Søren", "cpr": "0303921234", "employment_from": "2026-01-01",
        "hourly_wage": 5000, "tax_card": {"withholding": 3700, "monthly_deduction": 450000})";
    auto asked = api.post(path("/api/v1/families/", w.family_a, "/helpers"), helper + "}", family);
    INFO(asked.body);
    REQUIRE(asked.status == 409);
    CHECK(asked.text("field") == "hourly_wage");
    CHECK(first_question(asked)->getValue<std::string>("message") ==
          "Timelønnen 50,00 kr er under 100,00 kr, den laveste sædvanlige timeløn. Er beløbet rigtigt?");
    CHECK(api.post(path("/api/v1/families/", w.family_a, "/helpers"), helper + R"(, "confirm": true})", family).status ==
          201);

    std::string caseworker = server.login(Users::caseworker);
    const std::string version = R"({"effective_from": "2026-06-01", "weekly_hours": 4500, "hourly_wage": 14000)";
    auto hours = api.post(path("/api/v1/grants/", w.grant_a, "/versions"), version + "}", caseworker);
    INFO(hours.body);
    REQUIRE(hours.status == 409);
    CHECK(hours.text("field") == "weekly_hours");
    CHECK(first_question(hours)->getValue<std::string>("message") ==
          "45,00 timer pr. uge er mere end 40,00 timer, over en fuldtidsstilling. Er timetallet rigtigt?");
    CHECK(api.post(path("/api/v1/grants/", w.grant_a, "/versions"), version + R"(, "confirm": true})", caseworker)
              .status == 201);
}
