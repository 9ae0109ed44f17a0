// Route matching and JSON field reading, without a server.
#include <Poco/JSON/Parser.h>
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "http/access.h"
#include "http/json_input.h"
#include "http/request_body.h"
#include "http/router.h"

using namespace hjt;
using namespace hjt::http;

namespace {

Response nothing(RequestContext&) { return Response::no_content(); }

JsonInput input(const std::string& json) { return JsonInput(parse_json_body(json)); }

// The field a ValidationError names, or "" when `read` does not throw one.
template <class Read>
std::string field_refused(Read read) {
    try {
        read();
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "";
}

} // namespace

TEST_CASE("the router binds {params}, tells 405 from 404 and lists the allowed methods", "[api][router]") {
    Router router;
    router.add(Method::get, "/api/v1/grants/{id}/versions/{version_id}", access::everyone, no_scope, nothing);
    router.add(Method::post, "/api/v1/grants/{id}/versions", access::register_writers, no_scope, nothing);
    router.add(Method::get, "/api/v1/grants/{id}/versions", access::everyone, no_scope, nothing);

    auto one = router.match(Method::get, "/api/v1/grants/7/versions/12");
    REQUIRE(one.route);
    CHECK(one.params.at("id") == "7");
    CHECK(one.params.at("version_id") == "12");

    auto put = router.match(Method::put, "/api/v1/grants/7/versions");
    CHECK_FALSE(put.route);
    CHECK(put.allowed == std::vector<Method>{Method::post, Method::get});

    auto unknown = router.match(Method::get, "/api/v1/grants/7/other");
    CHECK_FALSE(unknown.route);
    CHECK(unknown.allowed.empty());
    CHECK_FALSE(router.match(Method::get, "/api/v1/grants").route);
}

TEST_CASE("a route no role may call is refused when the table is built", "[api][router]") {
    Router router;
    CHECK_THROWS_AS(router.add(Method::get, "/x", Roles{}, no_scope, nothing), std::logic_error);
}

TEST_CASE("JSON input names the field: missing, wrong type, negative, unreal date, nested", "[api][json]") {
    CHECK(field_refused([] { input(R"({})").text("name"); }) == "name");
    CHECK(field_refused([] { input(R"({"name": 5})").text("name"); }) == "name");
    CHECK(field_refused([] { input(R"({"n": true})").integer("n"); }) == "n");
    CHECK(field_refused([] { input(R"({"n": 1.5})").integer("n"); }) == "n");
    CHECK(field_refused([] { input(R"({"n": 18446744073709551615})").integer("n"); }) == "n");
    CHECK(field_refused([] { input(R"({"h": -1})").hours("h"); }) == "h");
    CHECK(field_refused([] { input(R"({"d": "2026-02-30"})").date("d"); }) == "d");
    CHECK(field_refused([] { input(R"({"d": "30-01-2026"})").date("d"); }) == "d");
    CHECK(field_refused([] { input(R"({"id": 0})").id("id"); }) == "id");
    CHECK(field_refused([] { input(R"({"a": [{"x": 1}, {"x": "y"}]})").objects("a")->at(1).integer("x"); }) ==
          "a[1].x");
    CHECK(field_refused([] { input(R"({"o": {"x": -5}})").object("o")->money("x"); }) == "o.x");
    CHECK(field_refused([] { input(R"({"o": [1]})").object("o"); }) == "o");

    auto in = input(R"({"name": "Ida", "wage": 13000, "from": "2026-02-28", "to": null})");
    CHECK(in.text("name") == "Ida");
    CHECK(in.money("wage").ore() == 13000);
    CHECK(in.hours("absent", Hours::whole(37)).hundredths() == 3700);
    CHECK(iso(in.date("from")) == "2026-02-28");
    CHECK_FALSE(in.optional_date("to", parse_iso_date("2026-12-31")).has_value());  // null clears
    CHECK(iso(*in.optional_date("absent", parse_iso_date("2026-12-31"))) == "2026-12-31");
    CHECK(in.given("to"));
    CHECK_FALSE(in.has("to"));
}

TEST_CASE("request bodies: blank is {}, anything but one JSON object is refused naming body", "[api][json]") {
    CHECK(parse_json_body("  \r\n")->size() == 0);
    CHECK(field_refused([] { parse_json_body(R"({"a": )"); }) == "body");
    CHECK(field_refused([] { parse_json_body(R"("text")"); }) == "body");
    CHECK(field_refused([] { parse_json_body(std::string(20, '{')); }) == "body");
    CHECK(field_refused([] { parse_json_body("{\"a\": 1} {\"b\": 2}"); }) == "body");
}
