// The payout run over the REST API: prepare, four eyes, run sheet, bank file,
// mark paid, and the family's ledger. The rules themselves are tested in
// tests/payout; this checks the API carries them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "api_fixture.h"
#include "app/auth.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("a payout run over the API: prepare, four eyes, sheet, bank file, paid, ledger", "[api][payout]") {
    ApiServer server("payout_api");
    const auto& api = server.client();
    const auto& w = server.world();
    server.seed_rates_and_policy();
    server.db().in_transaction([](soci::session& sql) {
        app::create_user(sql, test::admin_actor("test-setup"), "fin2", kPassword, app::Role::finance, std::nullopt);
    });
    std::string fin = server.login(Users::finance);
    std::string fin2 = api.login("fin2");

    // Each family's helper line: 20 h at 130,00 kr → (130 × 1,125 + 6) × 20 × 52/12 = 13.195,00 kr.
    // (The world's lost-earnings awards add lines of their own.)
    auto prepared = api.post("/api/v1/payout-runs", R"({"month": "2025-03"})", fin);
    INFO(prepared.body);
    REQUIRE(prepared.status == 200);
    CHECK(prepared.text("status") == "draft");
    std::string run = "/api/v1/payout-runs/" + std::to_string(prepared.number("id"));
    CHECK(api.post("/api/v1/payout-runs", R"({"month": "März"})", fin).error_field() == "month");

    auto detail = api.get(run, fin);
    REQUIRE(detail.status == 200);
    auto lines = detail.json->getArray("lines");
    // paid: the lines not held back (the world's parents without an account are held back).
    long long total = 0, paid = 0, family_a_paid = 0, family_a_held = 0, helper_lines = 0;
    for (std::size_t i = 0; i < lines->size(); ++i) {
        auto line = lines->getObject(static_cast<unsigned>(i));
        long long amount = line->getValue<long long>("amount");
        bool held = !line->getValue<std::string>("held_back").empty();
        total += amount;
        paid += held ? 0 : amount;
        if (line->getValue<long long>("family_id") == w.family_a) (held ? family_a_held : family_a_paid) += amount;
        if (line->getValue<std::string>("kind") == "helper") {
            CHECK(amount == 1319500);
            ++helper_lines;
        }
    }
    CHECK(helper_lines == 2);
    CHECK(prepared.number("total") == total);

    CHECK(api.post(run + "/approve", "", fin).status == 409);  // four eyes
    CHECK(api.post(run + "/approve", R"({"content_hash": "other"})", fin2).status == 409);
    CHECK(api.post(run + "/bank-file", "", fin).status == 409);  // a draft never goes to the bank
    auto approved = api.post(run + "/approve", R"({"content_hash": ")" + prepared.text("content_hash") + R"("})", fin2);
    CHECK(approved.status == 200);
    CHECK(approved.text("approved_by") == "fin2");

    auto sheet = api.get(run + "/sheet", server.login(Users::auditor));
    CHECK(sheet.status == 200);
    CHECK(sheet.body.rfind("PK", 0) == 0);  // a zip: the xlsx
    auto xml = api.post(run + "/bank-file", R"({"format": "xml", "execution_date": "2025-03-03"})", fin);
    CHECK(xml.status == 200);
    CHECK(xml.body.find("<NbOfTxs>2</NbOfTxs>") != std::string::npos);
    CHECK(detail.number("held_back") == total - paid);
    std::string control_sum = std::to_string(paid / 100) + "." + std::to_string(paid % 100 / 10) + std::to_string(paid % 10);
    CHECK(xml.body.find("<CtrlSum>" + control_sum + "</CtrlSum>") != std::string::npos);
    CHECK(xml.body.find("<ReqdExctnDt>2025-03-03</ReqdExctnDt>") != std::string::npos);
    auto csv = api.post(run + "/bank-file", R"({"format": "csv"})", fin);
    CHECK(csv.status == 200);
    CHECK(std::count(csv.body.begin(), csv.body.end(), '\n') == 3);  // header and two families

    CHECK(api.post(run + "/mark-paid", "", fin2).text("status") == "paid");
    auto ledger = api.get("/api/v1/families/" + std::to_string(w.family_a) + "/ledger", server.login(Users::family_a));
    REQUIRE(ledger.status == 200);
    CHECK(ledger.number("balance") == family_a_paid);
    CHECK(ledger.number("owed_total") == family_a_held);
}

TEST_CASE("a month after a month without an approved run: refused with field catch_up unless \"catch_up\": true, "
          "the run carries its payees, held-back sum and catch-up totals",
          "[api][payout][catch_up]") {
    ApiServer server("payout_api_catch_up");
    const auto& api = server.client();
    server.seed_rates_and_policy();
    server.db().in_transaction([](soci::session& sql) {
        app::create_user(sql, test::admin_actor("test-setup"), "fin2", kPassword, app::Role::finance, std::nullopt);
    });
    std::string fin = server.login(Users::finance);
    std::string fin2 = api.login("fin2");

    auto march = api.post("/api/v1/payout-runs", R"({"month": "2025-03"})", fin);
    REQUIRE(march.status == 200);
    REQUIRE(api.post("/api/v1/payout-runs/" + std::to_string(march.number("id")) + "/approve", "", fin2).status == 200);

    auto refused = api.post("/api/v1/payout-runs", R"({"month": "2025-05"})", fin);
    CHECK(refused.status == 400);
    CHECK(refused.error_field() == "catch_up");
    CHECK(refused.body.find("april 2025") != std::string::npos);  // the month as people write it (issue 19)
    CHECK(refused.text("code") == "catch_up_needed");
    CHECK(api.post("/api/v1/payout-runs", R"({"month": "2025-05", "catch_up": "yes"})", fin).error_field() ==
          "catch_up");
    CHECK(api.get("/api/v1/payout-runs", fin).json->getArray("items")->size() == 1);  // nothing stored

    auto late = api.post("/api/v1/payout-runs", R"({"month": "2025-05", "catch_up": true})", fin);
    REQUIRE(late.status == 200);
    CHECK(late.json->getArray("catch_up_months")->size() == 1);
    auto run = api.get("/api/v1/payout-runs/" + std::to_string(late.number("id")), fin);
    REQUIRE(run.status == 200);
    auto catch_up = run.json->getObject("catch_up");
    CHECK(catch_up->getArray("months")->getElement<std::string>(0) == "2025-04");
    long long april_lines = 0, april_total = 0;
    auto lines = run.json->getArray("lines");
    for (std::size_t i = 0; i < lines->size(); ++i) {
        auto line = lines->getObject(static_cast<unsigned>(i));
        if (line->getValue<std::string>("month_concerned") != "2025-04") continue;
        ++april_lines;
        april_total += line->getValue<long long>("amount");
    }
    CHECK(april_lines > 0);
    CHECK(catch_up->getValue<long long>("lines") == april_lines);
    CHECK(catch_up->getValue<long long>("total") == april_total);
    CHECK(run.json->getArray("payees")->size() > 0);
    CHECK(run.json->has("held_back"));
}
