#include <catch2/catch.hpp>

#include "api_fixture.h"
#include "shifts/atp_tables.h"
#include "store/rates_store.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// The API reads the policy and the year's rates from the store, as `hjt init` leaves them.
void store_policy_and_rates(ApiServer& server) {
    Policy policy;
    policy.employer_oncost_per_hour[2026] = Money::kroner(6);
    store::save_policy(server.db().session(), policy);
    YearRates year = rates_2024();
    year.year = 2026;
    year.atp_source = year.holiday_pay_source = year.am_bidrag_source = "domain.md §9";
    store::save_year_rates(server.db().session(), year);
}

} // namespace

TEST_CASE("shifts over the API: add, overlap refused, import, list, payslip", "[api][shifts]") {
    ApiServer server("shift_api");
    store_policy_and_rates(server);
    const auto& api = server.client();
    const auto& w = server.world();
    const std::string token = server.login(Users::family_a);
    const std::string shifts = "/api/v1/helpers/" + std::to_string(w.helper_a) + "/shifts";

    auto added = api.post(shifts, R"({"date": "2026-03-10", "start": "14:00", "end": "18:00"})", token);
    INFO(added.body);
    REQUIRE(added.status == 201);
    CHECK(added.number("minutes") == 240);
    CHECK(added.number("subsidisable_minutes") == 120);

    auto overlap = api.post(shifts, R"({"date": "10-03-2026", "start": "17:00", "end": "19:00"})", token);
    CHECK(overlap.status == 400);
    CHECK(overlap.error_field() == "start");

    auto other_family = api.post(shifts, R"({"date": "2026-03-11", "start": "09:00", "end": "12:00"})",
                                 server.login(Users::family_b));
    CHECK(other_family.status == 404);

    const std::string csv = "helper;date;start;end\\n" + std::to_string(w.helper_a) + ";11-03-2026;09:00;12:00\\n";
    auto imported = api.post("/api/v1/families/" + std::to_string(w.family_a) + "/shift-imports",
                             R"({"csv": ")" + csv + R"("})", token);
    INFO(imported.body);
    CHECK(imported.status == 201);
    CHECK(imported.number("shifts") == 1);

    CHECK(api.get(shifts + "?month=2026-03", token).item_count() == 2);

    // 7 h × 130,00 = 910,00; under 39 h: no ATP.
    auto slip = api.get("/api/v1/helpers/" + std::to_string(w.helper_a) + "/payslip?month=2026-03", token);
    INFO(slip.body);
    REQUIRE(slip.status == 200);
    CHECK(slip.json->getObject("payslip")->getValue<Poco::Int64>("gross") == 91000);
    CHECK(slip.json->getObject("payslip")->getValue<Poco::Int64>("atp_employee") == 0);

    auto sheet = api.get("/api/v1/helpers/" + std::to_string(w.helper_a) + "/payslip.xlsx?month=2026-03", token);
    CHECK(sheet.status == 200);
    CHECK(sheet.body.rfind("PK", 0) == 0);

    auto family = api.get("/api/v1/families/" + std::to_string(w.family_a) + "/payslips?month=2026-03",
                          server.login(Users::finance));
    CHECK(family.item_count() == 1);
    CHECK(family.json->getObject("totals")->getValue<Poco::Int64>("gross") == 91000);

    // The payroll year (issue 23): the helper's year, not yet reported, so it does not tie; the tax card named.
    CHECK(slip.json->getObject("tax_card")->getValue<std::string>("kind") == "hovedkort");
    const std::string year = "/api/v1/families/" + std::to_string(w.family_a) + "/payroll-year";
    auto payroll = api.get(year + "?year=2026", token);
    INFO(payroll.body);
    REQUIRE(payroll.status == 200);
    CHECK_FALSE(payroll.json->getValue<bool>("ties"));
    auto helper = payroll.json->getArray("helpers")->getObject(0);
    CHECK(helper->getObject("totals")->getValue<Poco::Int64>("gross") == 91000);
    CHECK(helper->getArray("differences")->size() > 0);
    CHECK(api.get(year + ".xlsx?year=2026", token).body.rfind("PK", 0) == 0);
    CHECK(api.get(year + "?year=2026", server.login(Users::family_b)).status == 404);
    CHECK(api.get(year, token).status == 400);
}

TEST_CASE("shifts over the API: sick hours are their own kind, the payslip names the policy", "[api][shifts][sick]") {
    ApiServer server("shift_api_sick");
    store_policy_and_rates(server);
    const auto& api = server.client();
    const auto& w = server.world();
    const std::string token = server.login(Users::family_a);
    const std::string shifts = "/api/v1/helpers/" + std::to_string(w.helper_a) + "/shifts";

    auto sick = api.post(shifts, R"({"date": "2026-03-10", "start": "09:00", "end": "12:00", "kind": "sick"})", token);
    INFO(sick.body);
    REQUIRE(sick.status == 201);
    CHECK(sick.json->getValue<std::string>("kind") == "sick");
    auto work = api.post(shifts, R"({"date": "2026-03-11", "start": "09:00", "end": "11:00"})", token);
    REQUIRE(work.status == 201);
    CHECK(work.json->getValue<std::string>("kind") == "work");

    auto bad = api.post(shifts, R"({"date": "2026-03-12", "start": "09:00", "end": "11:00", "kind": "ferie"})", token);
    CHECK(bad.status == 400);
    CHECK(bad.error_field() == "kind");
    CHECK(api.get(shifts + "?month=2026-03", token).item_count() == 2);

    // A new time without a kind keeps the shift sick.
    auto moved = api.put("/api/v1/shifts/" + std::to_string(sick.number("id")),
                         R"({"date": "2026-03-10", "start": "09:00", "end": "13:00"})", token);
    INFO(moved.body);
    REQUIRE(moved.status == 200);
    CHECK(moved.json->getValue<std::string>("kind") == "sick");

    auto slip = api.get("/api/v1/helpers/" + std::to_string(w.helper_a) + "/payslip?month=2026-03", token);
    INFO(slip.body);
    REQUIRE(slip.status == 200);
    auto payslip = slip.json->getObject("payslip");
    CHECK(payslip->getValue<Poco::Int64>("sick_hours") == 400);
    CHECK(payslip->getValue<Poco::Int64>("sick_pay") == 52000);  // 4 h × 130,00
    CHECK(payslip->getValue<Poco::Int64>("gross") == 78000);
    auto policy = payslip->getObject("policy");
    CHECK(policy->getValue<int>("rounding_method") == 1);
    CHECK(policy->getValue<std::string>("helper_income") == "A");
    CHECK_FALSE(policy->getValue<bool>("household_help_paid_holiday"));
}
