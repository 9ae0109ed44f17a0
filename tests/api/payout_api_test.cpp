// The payout run over the REST API: prepare, four eyes, run sheet, bank file,
// mark paid, and the family's ledger. The rules themselves are tested in
// tests/payout; this checks the API carries them.
#include <catch2/catch.hpp>

#include "api_fixture.h"
#include "app/auth.h"
#include "app/rate_service.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("a payout run over the API: prepare, four eyes, sheet, bank file, paid, ledger", "[api][payout]") {
    ApiServer server("payout_api");
    const auto& api = server.client();
    const auto& w = server.world();
    server.db().in_transaction([](soci::session& sql) {
        app::seed_rates_and_policy(sql, "test-setup", "config");
        app::create_user(sql, "test-setup", "fin2", kPassword, app::Role::finance, std::nullopt);
    });
    std::string fin = server.login(Users::finance);
    std::string fin2 = api.login("fin2");

    // Each family: 20 h at 130,00 kr → (130 × 1,125 + 6) × 20 × 52/12 = 13.195,00 kr.
    auto prepared = api.post("/api/v1/payout-runs", R"({"month": "2025-03"})", fin);
    INFO(prepared.body);
    REQUIRE(prepared.status == 200);
    CHECK(prepared.number("total") == 2 * 1319500);
    CHECK(prepared.text("status") == "draft");
    std::string run = "/api/v1/payout-runs/" + std::to_string(prepared.number("id"));
    CHECK(api.post("/api/v1/payout-runs", R"({"month": "März"})", fin).error_field() == "month");

    auto detail = api.get(run, fin);
    REQUIRE(detail.status == 200);
    CHECK(detail.json->getArray("lines")->size() == 2);

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
    CHECK(xml.body.find("<CtrlSum>26390.00</CtrlSum>") != std::string::npos);
    CHECK(xml.body.find("<ReqdExctnDt>2025-03-03</ReqdExctnDt>") != std::string::npos);
    auto csv = api.post(run + "/bank-file", R"({"format": "csv"})", fin);
    CHECK(csv.status == 200);
    CHECK(csv.body.find(";13195.00;DKK;") != std::string::npos);

    CHECK(api.post(run + "/mark-paid", "", fin2).text("status") == "paid");
    auto ledger = api.get("/api/v1/families/" + std::to_string(w.family_a) + "/ledger", server.login(Users::family_a));
    REQUIRE(ledger.status == 200);
    CHECK(ledger.number("balance") == 1319500);
    CHECK(ledger.json->getArray("postings")->size() == 1);
}
