// Expense claims with a receipt (issue 19): the family uploads a PDF, JPEG or
// PNG with its expense; the file is checked by its bytes and size, stored with
// the expense, audited, and shown to the caseworker and the auditor. A refused
// file stores nothing, not even the expense.
#include <catch2/catch.hpp>

#include "api_fixture.h"
#include "app/audit_export_service.h"
#include "app/base64_text.h"
#include "test_actor.h"
#include "domain/limits.h"
#include "support/sha256.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string expense_body(Id child, const std::string& file_name, const std::string& bytes) {
    return R"({"child_id": )" + std::to_string(child) +
           R"(, "date": "2026-03-02", "category": "kursus", "amount": 45000, "document_ref": ")" + file_name +
           R"(", "receipt": {"file_name": ")" + file_name + R"(", "content_base64": ")" + app::to_base64(bytes) + R"("}})";
}

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(200, '\x01');

long long receipt_audits(ApiServer& server) {
    long long n = 0;
    server.db().session() << "SELECT COUNT(*) FROM audit_log WHERE action = 'attach-receipt'", soci::into(n);
    return n;
}

} // namespace

TEST_CASE("a family's expense with a PNG receipt: stored, audited, seen by caseworker and auditor", "[api][expenses][receipt]") {
    ApiServer server("expense_receipt", 64 * 1024);
    const auto& api = server.client();
    const std::string family = server.login(Users::family_a);
    const std::string path = "/api/v1/families/" + std::to_string(server.world().family_a) + "/expenses";

    auto created = api.post(path, expense_body(server.world().child_a, "kvittering.png", kPng), family);
    INFO(created.body);
    REQUIRE(created.status == 201);
    auto receipt = created.json->getObject("receipt");
    REQUIRE(receipt);
    CHECK(receipt->getValue<std::string>("file_name") == "kvittering.png");
    CHECK(receipt->getValue<std::string>("media_type") == "image/png");
    CHECK(receipt->getValue<long long>("size_bytes") == static_cast<long long>(kPng.size()));
    CHECK(receipt->getValue<std::string>("sha256") == support::sha256_hex(kPng));
    CHECK(receipt_audits(server) == 1);

    const std::string file = "/api/v1/expenses/" + std::to_string(created.number("id")) + "/receipt";
    for (const char* who : {Users::caseworker, Users::auditor, Users::finance, Users::family_a}) {
        auto got = api.get(file, server.login(who));
        INFO(who);
        CHECK(got.status == 200);
        CHECK(got.headers["Content-Type"] == "image/png");
        CHECK(got.body == kPng);
    }
    CHECK(api.get(file, server.login(Users::family_b)).status == 404);
    // The expense's record names its receipt.
    auto one = api.get("/api/v1/expenses/" + std::to_string(created.number("id")), server.login(Users::caseworker));
    CHECK(one.json->getObject("receipt")->getValue<std::string>("sha256") == support::sha256_hex(kPng));

    // The auditor's export of 2026 lists the receipt's name, size and SHA-256.
    reports::AuditExportData data;
    server.db().in_transaction([&](soci::session& sql) { data = app::gather_audit_export(sql, 2026, test::auditor_actor("revisor")); },
                               store::Database::Mode::read);
    REQUIRE(data.expense_receipts.size() == 1);
    CHECK(data.expense_receipts[0].expense_id == created.number("id"));
    CHECK(data.expense_receipts[0].file_name == "kvittering.png");
    CHECK(data.expense_receipts[0].size_bytes == static_cast<long long>(kPng.size()));
    CHECK(data.expense_receipts[0].sha256 == support::sha256_hex(kPng));
}

TEST_CASE("a receipt that is not PDF, JPEG or PNG, or too large, is refused in Danish and nothing is stored", "[api][expenses][receipt]") {
    ApiServer server("expense_receipt_refused", 8 * 1024 * 1024);
    const auto& api = server.client();
    const std::string family = server.login(Users::family_a);
    const std::string path = "/api/v1/families/" + std::to_string(server.world().family_a) + "/expenses";
    const Id child = server.world().child_a;
    auto before = server.row_counts();

    auto renamed = api.post(path, expense_body(child, "kvittering.pdf", "MZ\x90 an executable"), family);
    CHECK(renamed.status == 400);
    CHECK(renamed.error_field() == "receipt");
    CHECK(renamed.text("error") == "bilaget skal være en PDF-, JPEG- eller PNG-fil; \"kvittering.pdf\" er ingen af dem");

    std::string large = "%PDF-1.4\n" + std::string(static_cast<std::size_t>(limits::kMaxReceiptBytes), 'x');
    auto too_large = api.post(path, expense_body(child, "stor.pdf", large), family);
    CHECK(too_large.status == 400);
    CHECK(too_large.error_field() == "receipt");
    CHECK(too_large.text("code") == "out_of_range");

    auto not_base64 = api.post(path, R"({"child_id": )" + std::to_string(child) +
                                         R"(, "date": "2026-03-02", "category": "kursus", "amount": 100, "document_ref": "abc",)"
                                         R"( "receipt": {"file_name": "a.pdf", "content_base64": "%%%"}})",
                               family);
    CHECK(not_base64.status == 400);
    CHECK(not_base64.error_field() == "receipt");
    CHECK(server.row_counts() == before);
}
