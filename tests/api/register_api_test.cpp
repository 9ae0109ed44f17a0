// Happy paths of the register endpoints: create, read, update, list.
#include <Poco/JSON/Array.h>
#include <catch2/catch.hpp>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string id_path(const std::string& prefix, long long id, const std::string& suffix = "") {
    return prefix + std::to_string(id) + suffix;
}

long long audit_entries(ApiServer& server) { return server.row_counts()["audit_log"]; }

} // namespace

TEST_CASE("families: create, read, update (absent fields kept) and list", "[api][register]") {
    ApiServer server("families_crud");
    const auto& api = server.client();
    std::string token = server.login(Users::caseworker);
    long long audits = audit_entries(server);

    auto created = api.post("/api/v1/families",
                            R"({"name": "Familie Holm", "cvr": ")" + valid_cvr(7) +
                                R"(", "bank": {"reg_no": "5301", "account_no": "0000123456"}, "contact_email": "holm@example.dk"})",
                            token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    long long id = created.number("id");
    CHECK(id > 0);
    CHECK(created.text("status") == "active");
    CHECK(created.json->getObject("bank")->getValue<std::string>("reg_no") == "5301");

    auto read = api.get(id_path("/api/v1/families/", id), token);
    CHECK(read.status == 200);
    CHECK(read.text("name") == "Familie Holm");
    CHECK(read.text("cvr") == valid_cvr(7));

    auto updated = api.put(id_path("/api/v1/families/", id), R"({"contact_phone": "12345678"})", token);
    INFO(updated.body);
    CHECK(updated.status == 200);
    CHECK(updated.text("contact_phone") == "12345678");
    CHECK(updated.text("name") == "Familie Holm");
    CHECK(api.get(id_path("/api/v1/families/", id), token).text("contact_phone") == "12345678");

    auto cleared = api.put(id_path("/api/v1/families/", id), R"({"bank": null})", token);
    CHECK(cleared.status == 200);
    CHECK(cleared.json->isNull("bank"));

    auto list = api.get("/api/v1/families", token);
    CHECK(list.status == 200);
    CHECK(list.item_count() == 3);
    CHECK(audit_entries(server) == audits + 3);  // every change is audited
}

TEST_CASE("children: create (birth date from the CPR number), read, update and list", "[api][register]") {
    ApiServer server("children_crud");
    const auto& api = server.client();
    std::string token = server.login(Users::caseworker);
    const auto& w = server.world();

    auto created = api.post(id_path("/api/v1/families/", w.family_a, "/children"),
                            R"({"name": "Ida", "cpr": "120318-4123"})", token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    long long id = created.number("id");
    CHECK(created.number("family_id") == w.family_a);
    CHECK(created.text("birth_date") == "2018-03-12");
    CHECK(created.text("cpr") == "120318-4123");  // the caseworker's record view

    auto updated = api.put(id_path("/api/v1/children/", id), R"({"name": "Ida Marie"})", token);
    CHECK(updated.status == 200);
    CHECK(updated.text("name") == "Ida Marie");
    CHECK(updated.text("birth_date") == "2018-03-12");

    auto list = api.get(id_path("/api/v1/families/", w.family_a, "/children"), token);
    CHECK(list.status == 200);
    CHECK(list.item_count() == 2);
    // Lists mask CPR numbers; so does finance's record view.
    auto first = list.json->getArray("items")->getObject(0);
    CHECK(first->getValue<std::string>("cpr").substr(7) == "XXXX");
    auto as_finance = api.get(id_path("/api/v1/children/", id), server.login(Users::finance));
    CHECK(as_finance.text("cpr") == "120318-XXXX");
}

TEST_CASE("helpers: a family creates and updates its own helper, lists and reads", "[api][register]") {
    ApiServer server("helpers_crud");
    const auto& api = server.client();
    std::string token = server.login(Users::family_a);
    const auto& w = server.world();

    auto created = api.post(id_path("/api/v1/families/", w.family_a, "/helpers"),
                            R"({"name": "Søren", "cpr": "0303921234", "employment_from": "2026-01-01",
                                "hourly_wage": 13500, "tax_card": {"withholding": 3700, "monthly_deduction": 450000}})",
                            token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    long long id = created.number("id");
    CHECK(created.number("hourly_wage") == 13500);
    CHECK(created.json->isNull("employment_to"));

    auto updated = api.put(id_path("/api/v1/helpers/", id),
                           R"({"hourly_wage": 13900, "employment_to": "2026-06-30", "tax_card": {"withholding": 4000}})",
                           token);
    INFO(updated.body);
    CHECK(updated.status == 200);
    CHECK(updated.number("hourly_wage") == 13900);
    CHECK(updated.text("employment_to") == "2026-06-30");
    CHECK(updated.json->getObject("tax_card")->getValue<Poco::Int64>("withholding") == 4000);
    CHECK(updated.json->getObject("tax_card")->getValue<Poco::Int64>("monthly_deduction") == 450000);

    CHECK(api.get(id_path("/api/v1/helpers/", id), token).text("name") == "Søren");
    CHECK(api.get(id_path("/api/v1/families/", w.family_a, "/helpers"), token).item_count() == 2);
}

TEST_CASE("tax cards: a family registers and lists its helper's dated tax cards, another family's helper is 404, "
          "a bad card names the field and stores nothing",
          "[api][register][tax_cards]") {
    ApiServer server("helper_tax_cards");
    const auto& api = server.client();
    const std::string token = server.login(Users::family_a);
    const auto& w = server.world();
    const std::string path = id_path("/api/v1/helpers/", w.helper_a, "/tax-cards");

    auto created = api.post(path, R"({"kind": "frikort", "valid_from": "2026-01-01", "withholding": 3800,
                                      "free_amount": 1000000})", token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    CHECK(created.text("kind") == "frikort");
    CHECK(created.text("label") == "Frikort");
    CHECK(created.number("free_amount") == 1000000);
    CHECK(created.text("registered_by") == Users::family_a);
    CHECK(api.get(path, token).item_count() == 1);

    const auto before = server.row_counts();
    auto bikort = api.post(path, R"({"kind": "bikort", "valid_from": "2026-03-01", "withholding": 4000,
                                     "monthly_deduction": 50000})", token);
    CHECK(bikort.status == 400);
    CHECK(bikort.text("field") == "monthly_deduction");
    CHECK(api.post(path, R"({"kind": "hoved", "valid_from": "2026-03-01", "withholding": 4000})", token).text("field") ==
          "kind");
    CHECK(server.row_counts() == before);

    const std::string other = id_path("/api/v1/helpers/", w.helper_b, "/tax-cards");
    CHECK(api.get(other, token).status == 404);
    CHECK(api.post(other, R"({"kind": "bikort", "valid_from": "2026-03-01", "withholding": 4000})", token).status == 404);
    CHECK(api.post(path, R"({"kind": "bikort", "valid_from": "2026-03-01", "withholding": 4000})",
                   server.login(Users::finance)).status == 403);
}

TEST_CASE("grants: create with a version, read, add a version (versions are never edited)", "[api][register]") {
    ApiServer server("grants_crud");
    const auto& api = server.client();
    std::string token = server.login(Users::caseworker);
    const auto& w = server.world();

    auto created = api.post(id_path("/api/v1/children/", w.child_a, "/grants"),
                            R"({"decision_ref": "SAG-2026-17", "decision_date": "2025-12-01",
                                "valid_from": "2026-01-01", "valid_to": null,
                                "versions": [{"effective_from": "2026-01-01", "weekly_hours": 2250, "hourly_wage": 13300,
                                              "fixed_lines": [{"purpose": "supervision", "monthly_amount": 250000}],
                                              "expense_budgets": [{"category": "kursus", "yearly_amount": 1500000}]}]})",
                            token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    long long grant = created.number("id");
    auto versions = created.json->getArray("versions");
    REQUIRE(versions->size() == 1);
    CHECK(versions->getObject(0)->getValue<Poco::Int64>("weekly_hours") == 2250);
    CHECK(versions->getObject(0)->getArray("fixed_lines")->getObject(0)->getValue<Poco::Int64>("monthly_amount") ==
          250000);

    auto added = api.post(id_path("/api/v1/grants/", grant, "/versions"),
                          R"({"effective_from": "2026-07-01", "weekly_hours": 1500, "hourly_wage": 13300,
                              "note": "fewer hours from July"})",
                          token);
    INFO(added.body);
    REQUIRE(added.status == 201);
    long long version = added.number("id");
    CHECK(added.number("grant_id") == grant);
    CHECK(added.text("created_at") != "");

    auto read = api.get(id_path("/api/v1/grants/", grant), token);
    CHECK(read.status == 200);
    CHECK(read.json->getArray("versions")->size() == 2);
    CHECK(api.get(id_path("/api/v1/grants/", grant, "/versions"), token).item_count() == 2);
    auto one = api.get(id_path("/api/v1/grants/", grant, "/versions/" + std::to_string(version)), token);
    CHECK(one.status == 200);
    CHECK(one.number("weekly_hours") == 1500);
    CHECK(api.get(id_path("/api/v1/children/", w.child_a, "/grants"), token).item_count() == 2);

    auto before = server.row_counts();
    auto edit = api.put(id_path("/api/v1/grants/", grant, "/versions/" + std::to_string(version)),
                        R"({"weekly_hours": 3000})", token);
    CHECK(edit.status == 405);
    CHECK(edit.headers["Allow"] == "GET");
    CHECK(api.put(id_path("/api/v1/grants/", grant, "/versions"), "{}", token).status == 405);
    CHECK(api.get(id_path("/api/v1/grants/", grant, "/versions/9999"), token).status == 404);
    CHECK(server.row_counts() == before);
}

TEST_CASE("a grant version may widen the helper window for its child (evenings, weekends)", "[api][register][window]") {
    ApiServer server("grant_window");
    const auto& api = server.client();
    std::string token = server.login(Users::caseworker);
    const auto& w = server.world();
    auto created = api.post(id_path("/api/v1/children/", w.child_a, "/grants"),
                            R"({"decision_ref": "SAG-2026-18", "decision_date": "2025-12-01",
                                "valid_from": "2026-01-01", "valid_to": null,
                                "versions": [{"effective_from": "2026-01-01", "weekly_hours": 2250, "hourly_wage": 13300,
                                              "window": {"start": "07:00", "end": "20:00", "weekends": true}}]})",
                            token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    auto window = created.json->getArray("versions")->getObject(0)->getObject("window");
    REQUIRE(window);
    CHECK(window->getValue<std::string>("end") == "20:00");
    CHECK(window->getValue<bool>("weekends"));
    long long grant = created.number("id");

    auto before = server.row_counts();
    auto backwards = api.post(id_path("/api/v1/grants/", grant, "/versions"),
                              R"({"effective_from": "2026-07-01", "weekly_hours": 1500, "hourly_wage": 13300,
                                  "window": {"start": "20:00", "end": "07:00"}})",
                              token);
    CHECK(backwards.status == 400);
    CHECK(backwards.error_field() == "window.end");
    auto not_a_time = api.post(id_path("/api/v1/grants/", grant, "/versions"),
                               R"({"effective_from": "2026-07-01", "weekly_hours": 1500, "hourly_wage": 13300,
                                   "window": {"start": "7", "end": "20:00"}})",
                               token);
    CHECK(not_a_time.status == 400);
    CHECK(not_a_time.error_field() == "window.start");
    auto not_a_bool = api.post(id_path("/api/v1/grants/", grant, "/versions"),
                               R"({"effective_from": "2026-07-01", "weekly_hours": 1500, "hourly_wage": 13300,
                                   "window": {"start": "07:00", "end": "20:00", "weekends": "ja"}})",
                               token);
    CHECK(not_a_bool.status == 400);
    CHECK(not_a_bool.error_field() == "window.weekends");
    CHECK(server.row_counts() == before);

    // A version without one uses the policy's: its window is null.
    auto plain = api.post(id_path("/api/v1/grants/", grant, "/versions"),
                          R"({"effective_from": "2026-07-01", "weekly_hours": 1500, "hourly_wage": 13300})", token);
    REQUIRE(plain.status == 201);
    CHECK(plain.json->isNull("window"));
}

TEST_CASE("expenses: a family submits, finance approves, a caseworker rejects with a reason", "[api][register]") {
    ApiServer server("expenses_flow");
    const auto& api = server.client();
    const auto& w = server.world();
    std::string family = server.login(Users::family_a);

    auto created = api.post(id_path("/api/v1/families/", w.family_a, "/expenses"),
                            R"({"child_id": )" + std::to_string(w.child_a) +
                                R"(, "date": "2026-02-10", "category": "træningsredskaber", "amount": 89950, "document_ref": "FAKTURA-88"})",
                            family);
    INFO(created.body);
    REQUIRE(created.status == 201);
    long long id = created.number("id");
    CHECK(created.text("status") == "submitted");
    CHECK(created.number("amount") == 89950);
    CHECK(api.get(id_path("/api/v1/families/", w.family_a, "/expenses"), family).item_count() == 2);
    CHECK(api.get(id_path("/api/v1/expenses/", id), family).text("category") == "træningsredskaber");

    auto approved = api.post(id_path("/api/v1/expenses/", id, "/decision"), R"({"status": "approved"})",
                             server.login(Users::finance));
    CHECK(approved.status == 200);
    CHECK(approved.text("status") == "approved");

    std::string caseworker = server.login(Users::caseworker);
    auto no_reason = api.post(id_path("/api/v1/expenses/", w.expense_a, "/decision"), R"({"status": "rejected"})",
                              caseworker);
    CHECK(no_reason.status == 400);
    CHECK(no_reason.error_field() == "reason");
    auto rejected = api.post(id_path("/api/v1/expenses/", w.expense_a, "/decision"),
                             R"({"status": "rejected", "reason": "behandling, ikke træning"})", caseworker);
    CHECK(rejected.status == 200);
    CHECK(rejected.text("reject_reason") == "behandling, ikke træning");
    auto bad_status = api.post(id_path("/api/v1/expenses/", id, "/decision"), R"({"status": "paid"})", caseworker);
    CHECK(bad_status.status == 400);
    CHECK(bad_status.error_field() == "status");
}

TEST_CASE("lost earnings: a caseworker awards, the family reads its child's awards", "[api][register]") {
    ApiServer server("lost_earnings");
    const auto& api = server.client();
    const auto& w = server.world();
    std::string token = server.login(Users::caseworker);

    auto created = api.post(id_path("/api/v1/children/", w.child_a, "/lost-earnings"),
                            R"({"parent_name": "Mette", "parent_cpr": "2002851234", "period_from": "2026-01-01",
                                "period_to": "2026-12-31", "monthly_income_before": 3200000,
                                "hours_off_per_week": 700, "normal_weekly_hours": 3000, "former_employer_pension": 800,
                                "purpose": "hjemmetraening", "holiday_periods": [{"from": "2026-07-06", "to": "2026-07-24"}],
                                "tax_card": {"withholding": 3700, "monthly_deduction": 500000}})",
                            token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    CHECK(created.number("normal_weekly_hours") == 3000);  // the parent's own 30 hours: f = 7/30
    CHECK(created.body.find(R"("holiday_periods":[{"from":"2026-07-06","to":"2026-07-24"}])") != std::string::npos);
    CHECK(created.number("monthly_saved_costs") == 0);
    CHECK(created.number("former_employer_pension") == 800);

    auto list = api.get(id_path("/api/v1/children/", w.child_a, "/lost-earnings"), server.login(Users::family_a));
    CHECK(list.status == 200);
    CHECK(list.item_count() == 2);

    auto schooling = api.post(id_path("/api/v1/children/", w.child_a, "/lost-earnings"),
                              R"({"parent_name": "Mette", "parent_cpr": "2002851234", "period_from": "2026-01-01",
                                  "monthly_income_before": 3200000, "hours_off_per_week": 1850,
                                  "purpose": "hjemmeundervisning", "tax_card": {"withholding": 3700, "monthly_deduction": 0}})",
                              token);
    CHECK(schooling.status == 400);
    CHECK(schooling.error_field() == "purpose");

    // The parent's own normal hours are required (never assumed 37), in range, holidays inside the award.
    const std::string base = R"({"parent_name": "Mette", "parent_cpr": "2002851234", "period_from": "2026-01-01",
        "period_to": "2026-12-31", "monthly_income_before": 3200000, "hours_off_per_week": 700, "purpose": "hjemmetraening",
        "tax_card": {"withholding": 3700, "monthly_deduction": 0})";
    auto path = id_path("/api/v1/children/", w.child_a, "/lost-earnings");
    auto no_hours = api.post(path, base + "}", token);
    CHECK(no_hours.status == 400);
    CHECK(no_hours.error_field() == "normal_weekly_hours");
    CHECK(no_hours.body.find("normale ugentlige arbejdstid") != std::string::npos);
    CHECK(api.post(path, base + R"(, "normal_weekly_hours": 16900})", token).error_field() == "normal_weekly_hours");
    CHECK(api.post(path, base + R"(, "normal_weekly_hours": 600})", token).error_field() == "hours_off_per_week");
    auto outside = api.post(path, base + R"(, "normal_weekly_hours": 3000,
        "holiday_periods": [{"from": "2027-01-04", "to": "2027-01-08"}]})", token);
    CHECK(outside.status == 400);
    CHECK(outside.error_field() == "holiday_periods");
    CHECK(api.get(path, token).item_count() == 2);  // nothing refused was stored
}

TEST_CASE("lost earnings: a caseworker sets an award's normal hours and holiday periods", "[api][register]") {
    ApiServer server("lost_earnings_terms");
    const auto& api = server.client();
    const auto& w = server.world();
    std::string token = server.login(Users::caseworker);
    auto list = api.get(id_path("/api/v1/children/", w.child_a, "/lost-earnings"), token);
    REQUIRE(list.item_count() == 1);
    auto award = api.post(id_path("/api/v1/children/", w.child_a, "/lost-earnings"),
                          R"({"parent_name": "Mette", "parent_cpr": "2002851234", "period_from": "2026-01-01",
                              "monthly_income_before": 3200000, "hours_off_per_week": 700, "normal_weekly_hours": 3700,
                              "purpose": "hjemmetraening", "tax_card": {"withholding": 3700, "monthly_deduction": 0}})", token);
    REQUIRE(award.status == 201);
    std::string terms = id_path("/api/v1/children/", w.child_a, "/lost-earnings/") + std::to_string(award.number("id")) + "/terms";
    auto set = api.put(terms, R"({"normal_weekly_hours": 3000, "holiday_periods": [{"from": "2026-07-06", "to": "2026-07-10"}]})", token);
    INFO(set.body);
    CHECK(set.status == 200);
    CHECK(set.number("normal_weekly_hours") == 3000);
    auto overlapping = api.put(terms, R"({"holiday_periods": [{"from": "2026-07-06", "to": "2026-07-10"},
                                                            {"from": "2026-07-10", "to": "2026-07-17"}]})", token);
    CHECK(overlapping.status == 400);
    CHECK(overlapping.error_field() == "holiday_periods");
    CHECK(api.put(terms, R"({"normal_weekly_hours": 3000})", server.login(Users::family_a)).status == 403);
}

TEST_CASE("lost earnings: the award's payees are given on creation and set later, checked like a family's account",
          "[api][register]") {
    ApiServer server("lost_earnings_payees");
    const auto& api = server.client();
    const auto& w = server.world();
    std::string token = server.login(Users::caseworker);
    const std::string award = R"({"parent_name": "Mette", "parent_cpr": "2002851234", "period_from": "2026-01-01",
        "monthly_income_before": 3200000, "hours_off_per_week": 1850, "normal_weekly_hours": 3700, "purpose": "pasning",
        "tax_card": {"withholding": 3700, "monthly_deduction": 0}, )";

    auto bad = api.post(id_path("/api/v1/children/", w.child_a, "/lost-earnings"),
                        award + R"("parent_bank": {"reg_no": "53", "account_no": "0000654321"}})", token);
    CHECK(bad.status == 400);
    CHECK(bad.error_field() == "parent_bank");

    auto created = api.post(id_path("/api/v1/children/", w.child_a, "/lost-earnings"),
                            award + R"("pension_payee": null})", token);
    INFO(created.body);
    REQUIRE(created.status == 201);
    CHECK(created.body.find(R"("parent_bank":null)") != std::string::npos);
    Id id = created.number("id");

    std::string accounts = id_path("/api/v1/children/", w.child_a, "/lost-earnings/") + std::to_string(id) + "/accounts";
    auto set = api.put(accounts,
                       R"json({"parent_bank": {"reg_no": "5301", "account_no": "0000654321"},
                           "pension_payee": {"name": "Fjordpension (fiktiv)", "reg_no": "9570",
                                             "account_no": "0006120394"}})json",
                       token);
    INFO(set.body);
    CHECK(set.status == 200);
    CHECK(set.body.find("0000654321") != std::string::npos);
    CHECK(set.body.find("Fjordpension (fiktiv)") != std::string::npos);
    auto other_child = api.put(id_path("/api/v1/children/", w.child_b, "/lost-earnings/") + std::to_string(id) +
                                   "/accounts",
                               "{}", token);
    CHECK(other_child.status == 404);
    CHECK(api.put(accounts, "{}", server.login(Users::family_a)).status == 403);

    // Both new accounts are under verification until finance confirms them (four eyes).
    CHECK(set.body.find(R"("parent_bank_unconfirmed_by":"case")") != std::string::npos);
    CHECK(set.body.find(R"("pension_unconfirmed_by":"case")") != std::string::npos);
    CHECK(api.post(accounts + "/confirm", "", token).status == 403);  // not the caseworker
    auto confirmed = api.post(accounts + "/confirm", "", server.login(Users::finance));
    INFO(confirmed.body);
    CHECK(confirmed.status == 200);
    CHECK(confirmed.body.find(R"("parent_bank_unconfirmed_by":null)") != std::string::npos);
    CHECK(confirmed.body.find(R"("pension_unconfirmed_by":null)") != std::string::npos);
    auto again = api.post(accounts + "/confirm", "", server.login(Users::finance));
    CHECK(again.status == 409);
    CHECK(again.text("error").find("har ingen bankkonto til kontrol") != std::string::npos);
}

TEST_CASE("a family's account changed over the API is under verification until finance confirms it",
          "[api][register][account_check]") {
    ApiServer server("family_account_check");
    const auto& api = server.client();
    const auto& w = server.world();
    const std::string family = id_path("/api/v1/families/", w.family_a, "");
    CHECK(api.get(family, server.login(Users::finance)).body.find(R"("bank_unconfirmed_by":null)") !=
          std::string::npos);
    auto changed = api.put(family, R"({"bank": {"reg_no": "9999", "account_no": "0004444444"}})",
                           server.login(Users::caseworker));
    INFO(changed.body);
    CHECK(changed.status == 200);
    CHECK(changed.body.find(R"("bank_unconfirmed_by":"case")") != std::string::npos);
    auto confirmed = api.post(family + "/account/confirm", "", server.login(Users::finance));
    CHECK(confirmed.status == 200);
    CHECK(confirmed.body.find(R"("bank_unconfirmed_by":null)") != std::string::npos);
    CHECK(api.post(family + "/account/confirm", "", server.login(Users::finance)).status == 409);
}
