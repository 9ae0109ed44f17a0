// Bad input gets a 4xx naming the field, and stores nothing.
#include <catch2/catch.hpp>

#include <sstream>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

namespace {

struct Refusal {
    int status;
    std::string field;
};

// Sends the request and checks the answer and that no table changed.
void check_refused(ApiServer& server, const std::string& method, const std::string& path, const std::string& body,
                   const std::string& token, Refusal expected) {
    auto before = server.row_counts();
    auto r = server.client().request(method, path, body, token);
    INFO(method << " " << path << " " << body << " -> " << r.status << " " << r.body);
    CHECK(r.status == expected.status);
    CHECK(r.error_field() == expected.field);
    CHECK(r.text("error") != "");
    CHECK(server.row_counts() == before);
}

std::string path(const std::string& prefix, long long id, const std::string& suffix = "") {
    return prefix + std::to_string(id) + suffix;
}

std::string version_body(const std::string& effective_from, const std::string& weekly_hours) {
    return R"({"effective_from": ")" + effective_from + R"(", "weekly_hours": )" + weekly_hours +
           R"(, "hourly_wage": 13000})";
}

} // namespace

TEST_CASE("a truncated or malformed JSON body answers 400 naming the body", "[api][bad-input]") {
    ApiServer server("truncated_json");
    std::string token = server.login(Users::caseworker);
    const std::string cvr = valid_cvr(9);
    check_refused(server, "POST", "/api/v1/families", R"({"name": "Familie Holm", "cvr": ")" + cvr, token,
                  {400, "body"});
    check_refused(server, "POST", "/api/v1/families", R"({"name": "Familie Holm", "cvr": ")" + cvr + R"("} trailing)",
                  token, {400, "body"});
    check_refused(server, "POST", "/api/v1/families", R"(["name", "cvr"])", token, {400, "body"});
    check_refused(server, "POST", "/api/v1/families", std::string(40, '[') , token, {400, "body"});

    // Declared longer than sent: the connection ends inside the body.
    auto before = server.row_counts();
    std::string body = R"({"name": "Familie Holm", "cvr": ")" + cvr + R"("})";
    auto r = server.client().raw("POST /api/v1/families HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token +
                                 "\r\nContent-Type: application/json\r\nContent-Length: " +
                                 std::to_string(body.size() + 20) + "\r\n\r\n" + body);
    CHECK(r.status == 400);
    CHECK(r.error_field() == "body");
    CHECK(r.text("code") == "body_truncated");
    CHECK(r.text("error").find("forespørgslen blev afbrudt") == 0);
    CHECK(server.row_counts() == before);
}

TEST_CASE("the input refusals are Danish with a stable code: required, whole number, date, taken CVR",
          "[api][bad-input]") {
    ApiServer server("catalogued_refusals");
    std::string token = server.login(Users::caseworker);
    auto post = [&](const std::string& body) { return server.client().request("POST", "/api/v1/families", body, token); };
    auto missing = post(R"({"cvr": ")" + valid_cvr(9) + R"("})");
    CHECK(missing.text("code") == "field_required");
    CHECK(missing.text("error") == "skal udfyldes");
    auto not_text = post(R"({"name": 7, "cvr": ")" + valid_cvr(9) + R"("})");
    CHECK(not_text.text("code") == "field_not_text");
    auto taken = post(R"({"name": "Kopi", "cvr": ")" + valid_cvr(0) + R"("})");
    CHECK(taken.text("code") == "cvr_taken");
    CHECK(taken.text("error").find("er allerede registreret for familie") != std::string::npos);
    auto year = server.client().get("/api/v1/families/" + std::to_string(server.world().family_a) + "/statement.xlsx?year=20x6",
                                     token);
    CHECK(year.status == 400);
    CHECK(year.text("code") == "year_unreadable");
    CHECK(year.text("error") == "'20x6' er ikke et år skrevet ÅÅÅÅ");
}

TEST_CASE("an invalid CVR number answers 400 naming cvr", "[api][bad-input]") {
    ApiServer server("invalid_cvr");
    std::string token = server.login(Users::caseworker);
    check_refused(server, "POST", "/api/v1/families", R"({"name": "Familie Holm", "cvr": "10000010"})", token,
                  {400, "cvr"});
    check_refused(server, "PUT", path("/api/v1/families/", server.world().family_a), R"({"cvr": "1234"})", token,
                  {400, "cvr"});
    // Another family's CVR is taken.
    check_refused(server, "POST", "/api/v1/families", R"({"name": "Kopi", "cvr": ")" + valid_cvr(0) + R"("})", token,
                  {400, "cvr"});
}

TEST_CASE("an unknown family, child, grant or expense answers 404", "[api][bad-input]") {
    ApiServer server("unknown_ids");
    std::string token = server.login(Users::caseworker);
    check_refused(server, "GET", "/api/v1/families/999", "", token, {404, ""});
    check_refused(server, "GET", "/api/v1/families/abc", "", token, {404, ""});
    check_refused(server, "PUT", "/api/v1/families/999", R"({"name": "X"})", token, {404, ""});
    check_refused(server, "POST", "/api/v1/families/999/children", R"({"name": "Ida", "cpr": "120318-4123"})", token,
                  {404, ""});
    check_refused(server, "POST", "/api/v1/grants/999/versions", version_body("2026-01-01", "1000"), token, {404, ""});
    check_refused(server, "POST", "/api/v1/expenses/999/decision", R"({"status": "approved"})", token, {404, ""});
    check_refused(server, "GET", "/api/v1/children/0", "", token, {404, ""});
}

TEST_CASE("negative hours, a wrong type and a date that does not exist answer 400 naming the field",
          "[api][bad-input]") {
    ApiServer server("bad_values");
    std::string token = server.login(Users::caseworker);
    const auto& w = server.world();
    const std::string versions = path("/api/v1/grants/", w.grant_a, "/versions");
    check_refused(server, "POST", versions, version_body("2026-01-01", "-100"), token, {400, "weekly_hours"});
    check_refused(server, "POST", versions, version_body("2026-01-01", R"("20")"), token, {400, "weekly_hours"});
    check_refused(server, "POST", versions, version_body("2026-01-01", "20.5"), token, {400, "weekly_hours"});
    check_refused(server, "POST", versions, version_body("2026-02-30", "1000"), token, {400, "effective_from"});
    check_refused(server, "POST", versions, version_body("2025-01-01", "1000"), token, {400, "effective_from"});
    check_refused(server, "POST", versions, R"({"effective_from": "2026-01-01", "weekly_hours": 1000})", token,
                  {400, "hourly_wage"});
    check_refused(server, "POST", path("/api/v1/families/", w.family_a, "/children"),
                  R"({"name": "Ida", "cpr": "300218-4123"})", token, {400, "cpr"});
    check_refused(server, "POST", path("/api/v1/families/", w.family_a, "/children"),
                  R"({"name": "Ida", "cpr": "120318-4123", "birth_date": "2018-02-30"})", token, {400, "birth_date"});
    check_refused(server, "POST", path("/api/v1/children/", w.child_a, "/grants"),
                  R"({"decision_ref": "S", "decision_date": "2025-12-01", "valid_from": "2026-01-01",
                      "versions": [{"effective_from": "2026-01-01", "weekly_hours": 1000}]})",
                  token, {400, "versions[0].hourly_wage"});
    check_refused(server, "POST", path("/api/v1/families/", w.family_a, "/expenses"),
                  R"({"child_id": )" + std::to_string(w.child_a) +
                      R"(, "date": "2026-01-05", "category": "kursus", "amount": -500})",
                  token, {400, "amount"});
}

TEST_CASE("an expense for a child of another family answers 400 naming child_id", "[api][bad-input]") {
    ApiServer server("expense_other_child");
    const auto& w = server.world();
    std::string token = server.login(Users::family_a);
    check_refused(server, "POST", path("/api/v1/families/", w.family_a, "/expenses"),
                  R"({"child_id": )" + std::to_string(w.child_b) +
                      R"(, "date": "2026-01-05", "category": "kursus", "amount": 500})",
                  token, {400, "child_id"});
}

TEST_CASE("a body over the limit answers 413, refused from Content-Length or by a capped read", "[api][bad-input]") {
    ApiServer server("oversize", 4096);
    std::string token = server.login(Users::caseworker);
    auto before = server.row_counts();
    const std::string head = "POST /api/v1/families HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token +
                             "\r\nContent-Type: application/json\r\n";

    // Refused on the declared length alone: no byte of the body is sent.
    auto declared = server.client().raw(head + "Content-Length: 100000000\r\n\r\n");
    CHECK(declared.status == 413);
    CHECK(declared.text("error") != "");

    // Chunked, so no length is declared: the read stops past the limit.
    std::string body = R"({"name": ")" + std::string(4100, 'x') + R"(", "cvr": ")" + valid_cvr(9) + R"("})";
    std::ostringstream size;
    size << std::hex << body.size();
    auto chunked = server.client().raw(head + "Transfer-Encoding: chunked\r\n\r\n" + size.str() + "\r\n" + body +
                                       "\r\n0\r\n\r\n");
    CHECK(chunked.status == 413);

    // Without a token the length is still checked first.
    CHECK(server.client().raw("POST /api/v1/families HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000\r\n\r\n")
              .status == 413);
    CHECK(server.row_counts() == before);

    // Just under the limit is read and handled.
    std::string fits = R"({"name": ")" + std::string(3000, 'x') + R"(", "cvr": ")" + valid_cvr(9) + R"("})";
    CHECK(server.client().post("/api/v1/families", fits, token).status == 201);
}

TEST_CASE("absurd amounts and years answer 400 naming the field with the code out_of_range, nothing stored",
          "[api][bad-input][limits]") {
    // Issue 16 item 3: an expense of 9223372036854775807 øre was stored (201),
    // and {"year": 4294969322} was cut to 2026 and accepted.
    ApiServer server("absurd_amounts");
    const auto& w = server.world();
    std::string family = server.login(Users::family_a);
    auto expense = [&](const std::string& amount) {
        return R"({"child_id": )" + std::to_string(w.child_a) + R"(, "date": "2026-02-10", "category": "kursus",
                   "amount": )" + amount + R"(, "document_ref": "FAKTURA-88"})";
    };
    check_refused(server, "POST", path("/api/v1/families/", w.family_a, "/expenses"), expense("9223372036854775807"),
                  family, {400, "amount"});
    check_refused(server, "POST", path("/api/v1/families/", w.family_a, "/expenses"), expense("9223372036854775808"),
                  family, {400, "amount"});
    auto r = server.client().request("POST", path("/api/v1/families/", w.family_a, "/expenses"),
                                     expense("9223372036854775807"), family);
    CHECK(r.text("code") == "out_of_range");

    std::string finance = server.login(Users::finance);
    check_refused(server, "POST", "/api/v1/reconciliations", R"({"year": 4294969322})", finance, {400, "year"});
    check_refused(server, "POST", "/api/v1/reconciliations", R"({"year": 1999})", finance, {400, "year"});
    check_refused(server, "GET", "/api/v1/rates/4294969322", "", finance, {400, "year"});

    std::string caseworker = server.login(Users::caseworker);
    check_refused(server, "POST", path("/api/v1/families/", w.family_a, "/helpers"),
                  R"({"name": "H", "cpr": "0505901001", "employment_from": "2026-01-01",
                      "hourly_wage": 9223372036854775807, "tax_card": {"withholding": 3700, "monthly_deduction": 0}})",
                  caseworker, {400, "hourly_wage"});
}

TEST_CASE("an expense shows its category's remaining budget, an approval beyond it needs a reason and is flagged",
          "[api][expense][budget]") {
    ApiServer server("expense_budget");
    const auto& w = server.world();
    std::string caseworker = server.login(Users::caseworker);
    // A version with a budget of 150,00 kr for "kursus"; the world's expense (1.500,00 kr) is submitted.
    auto version = server.client().post(path("/api/v1/grants/", w.grant_a, "/versions"),
                                        R"({"effective_from": "2025-06-01", "weekly_hours": 2000, "hourly_wage": 13000,
                                            "expense_budgets": [{"category": "kursus", "yearly_amount": 15000}]})",
                                        caseworker);
    REQUIRE(version.status == 201);
    auto shown = server.client().get(path("/api/v1/expenses/", w.expense_a), caseworker);
    INFO(shown.body);
    CHECK(shown.body.find(R"("budget":{)") != std::string::npos);
    CHECK(shown.body.find(R"("remaining":15000)") != std::string::npos);
    CHECK(shown.body.find(R"("over_budget":true)") != std::string::npos);

    check_refused(server, "POST", path("/api/v1/expenses/", w.expense_a, "/decision"), R"({"status": "approved"})",
                  caseworker, {400, "reason"});
    auto approved = server.client().post(path("/api/v1/expenses/", w.expense_a, "/decision"),
                                         R"({"status": "approved", "reason": "Kursus aftalt med rådgiver"})", caseworker);
    INFO(approved.body);
    CHECK(approved.status == 200);
    CHECK(approved.text("over_budget_reason") == "Kursus aftalt med rådgiver");
    CHECK(approved.text("decided_by") == Users::caseworker);

    // Four eyes: the family submits, and the one who submitted cannot decide.
    auto mine = server.client().post(path("/api/v1/families/", w.family_a, "/expenses"),
                                     R"({"child_id": )" + std::to_string(w.child_a) +
                                         R"(, "date": "2026-02-10", "category": "udstyr", "amount": 4999900, "document_ref": "x"})",
                                     caseworker);
    CHECK(mine.status == 400);
    CHECK(mine.error_field() == "document_ref");
    auto own = server.client().post(path("/api/v1/families/", w.family_a, "/expenses"),
                                    R"({"child_id": )" + std::to_string(w.child_a) +
                                        R"(, "date": "2026-02-10", "category": "udstyr", "amount": 4999900, "document_ref": "B-123"})",
                                    caseworker);
    REQUIRE(own.status == 201);
    CHECK(own.text("submitted_by") == Users::caseworker);
    auto self = server.client().post(path("/api/v1/expenses/", own.number("id"), "/decision"),
                                     R"({"status": "approved"})", caseworker);
    CHECK(self.status == 409);
    auto other = server.client().post(path("/api/v1/expenses/", own.number("id"), "/decision"),
                                      R"({"status": "approved"})", server.login(Users::finance));
    CHECK(other.status == 200);
}

TEST_CASE("an encoded slash in the path and a request framed two ways are refused with 400", "[api][bad-input][security]") {
    ApiServer server("request_parsing");
    std::string token = server.login(Users::caseworker);
    const auto& w = server.world();
    const std::string auth = "Host: localhost\r\nAuthorization: Bearer " + token + "\r\n";

    // /families%2f1 is not /families/1: a proxy's rule for one would not hold for the other.
    for (const std::string encoded : {"%2f", "%2F", "%5c"}) {
        auto r = server.client().raw("GET /api/v1/families" + encoded + std::to_string(w.family_a) + " HTTP/1.1\r\n" +
                                     auth + "\r\n");
        CHECK(r.status == 400);
        CHECK(r.text("field") == "path");
    }
    CHECK(server.client().get("/api/v1/families/" + std::to_string(w.family_a), token).status == 200);

    // Content-Length and Transfer-Encoding together: refused, nothing stored.
    auto before = server.row_counts();
    const std::string body = R"({"name": "Familien Smugler", "cvr": ")" + valid_cvr(7) + R"("})";
    std::ostringstream size;
    size << std::hex << body.size();
    auto smuggled = server.client().raw("POST /api/v1/families HTTP/1.1\r\n" + auth +
                                        "Content-Type: application/json\r\nContent-Length: " +
                                        std::to_string(body.size()) + "\r\nTransfer-Encoding: chunked\r\n\r\n" +
                                        size.str() + "\r\n" + body + "\r\n0\r\n\r\n");
    CHECK(smuggled.status == 400);
    CHECK(smuggled.text("field") == "Transfer-Encoding");
    CHECK(server.row_counts() == before);
}

// Issue 19: the API answers a refusal with its stable code, the Danish text and
// the field; Accept-Language: en gives the English text with the same code.
TEST_CASE("a refusal answers code, Danish message and field, English on request", "[api][bad-input][messages]") {
    ApiServer server("refusal_languages");
    std::string token = server.login(Users::caseworker);
    const std::string body = R"({"name": "Familie Holm", "cvr": ")" + valid_cvr(9) + R"(", "contact_email": "nej"})";
    check_refused(server, "POST", "/api/v1/families", body, token, {400, "contact_email"});
    auto danish = server.client().post("/api/v1/families", body, token);
    CHECK(danish.text("code") == "email_invalid");
    CHECK(danish.text("message") == "\"nej\" er ikke en e-mailadresse");

    auto english = server.client().raw("POST /api/v1/families HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                                       token + "\r\nAccept-Language: en\r\nContent-Type: application/json\r\n"
                                       "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
    INFO(english.body);
    CHECK(english.status == 400);
    CHECK(english.text("code") == "email_invalid");
    CHECK(english.text("message") == "\"nej\" is not an e-mail address");
    CHECK(english.error_field() == "contact_email");
}
