// The books inside the audit chain (issue 16 item 4, domain.md §11): a
// posting, run line or reconciliation figure changed, deleted or inserted
// with SQL behind the program's back is named by `audit verify`, with the
// entry that wrote it; deleting the newest entries is caught too.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/payout_service.h"
#include "app/reconciliation_service.h"
#include "sample_books.h"
#include "store/audit_log.h"

using namespace hjt;
using namespace hjt::test;

namespace {

store::AuditVerification verify(SampleBooks& books) { return store::verify_audit_chain(books.sql()); }

// The finding that names `text`, or "" (with the findings in the test log).
std::string finding(const store::AuditVerification& v, const std::string& text) {
    for (const auto& f : v.findings)
        if (f.find(text) != std::string::npos) return f;
    for (const auto& f : v.findings) UNSCOPED_INFO("finding: " << f);
    return "";
}

// "entry 12 (approve payout_run 2026-01)": how a finding names the entry that wrote a row.
std::string writer(SampleBooks& books, const std::string& action, const std::string& entity_id) {
    long long id = 0;
    books.sql() << "SELECT MAX(id) FROM audit_log WHERE action = :a AND entity_id = :e", soci::into(id),
        soci::use(action), soci::use(entity_id);
    std::string entity;
    books.sql() << "SELECT entity FROM audit_log WHERE id = :id", soci::into(entity), soci::use(id);
    return "post " + std::to_string(id) + " (" + action + " " + entity + " " + entity_id + ")";
}

long long rows_of_the_books(SampleBooks& books) {
    long long n = 0;
    for (const char* table : {"payout_runs", "payout_lines", "payout_payees", "ledger_postings", "reconciliations",
                              "reconciliation_months", "reconciliation_expenses"})
        n += books.number(std::string("SELECT COUNT(*) FROM ") + table);
    return n;
}

} // namespace

TEST_CASE("the sample books verify, every posting, run line and reconciliation figure compared", "[audit][chain]") {
    SampleBooks books("chain_clean");
    auto v = verify(books);
    CHECK(v.ok);
    CHECK(v.findings.empty());
    CHECK(v.mode == "SHA-256");
    CHECK(v.rows_checked == rows_of_the_books(books));
    CHECK(v.rows_checked > 500);
}

TEST_CASE("a ledger amount changed with SQL is named with the entry that posted it", "[audit][chain]") {
    SampleBooks books("chain_posting_changed");
    const long long posting = books.number("SELECT MIN(id) FROM ledger_postings WHERE run_id = "
                                           "(SELECT id FROM payout_runs WHERE month = '2026-01')");
    books.sql() << "UPDATE ledger_postings SET amount_ore = amount_ore + 100000 WHERE id = :id", soci::use(posting);
    auto v = verify(books);
    CHECK_FALSE(v.ok);
    CHECK_FALSE(v.first_broken);  // the chain itself is intact: the books differ from it
    CHECK(finding(v, "ledger_postings række " + std::to_string(posting) + " ") ==
          "ledger_postings række " + std::to_string(posting) + " er ændret uden om programmet (skrevet af " +
              writer(books, "approve", "2026-01") + ")");
    CHECK(v.findings.size() == 1);
}

TEST_CASE("a deleted posting and an inserted one are named", "[audit][chain]") {
    SampleBooks books("chain_posting_deleted");
    const long long posting = books.number("SELECT MAX(id) FROM ledger_postings");
    const long long family = books.number("SELECT family_id FROM ledger_postings WHERE id = " + std::to_string(posting));
    books.sql() << "DELETE FROM ledger_postings WHERE id = :id", soci::use(posting);
    books.sql() << "INSERT INTO ledger_postings (id, family_id, kind, month_concerned, amount_ore, description,"
                   " posted_at, posted_by) VALUES (999999, :f, 'adjustment', '2026-02', 5000000, 'x',"
                   " '2026-03-01T00:00:00Z', 'mallory')",
        soci::use(family);
    auto v = verify(books);
    CHECK_FALSE(v.ok);
    CHECK(finding(v, "række " + std::to_string(posting) + " ") ==
          "ledger_postings række " + std::to_string(posting) + " er slettet uden om programmet (skrevet af " +
              writer(books, "approve", "2026-02") + ")");
    CHECK(finding(v, "række 999999") ==
          "ledger_postings række 999999 er indsat uden om programmet (ingen post i revisionssporet skrev den)");
}

TEST_CASE("a run payee's account changed with SQL after approval is named: the bank files would pay it",
          "[audit][chain][payees]") {
    SampleBooks books("chain_payee_changed");
    const long long payee = books.number("SELECT MIN(p.id) FROM payout_payees p JOIN payout_runs r ON r.id = p.run_id"
                                         " WHERE r.month = '2026-01' AND p.account_no IS NOT NULL");
    books.sql() << "UPDATE payout_payees SET account_no = '9999999999' WHERE id = :id", soci::use(payee);
    auto v = verify(books);
    CHECK_FALSE(v.ok);
    CHECK(finding(v, "payout_payees række " + std::to_string(payee) + " ") ==
          "payout_payees række " + std::to_string(payee) + " er ændret uden om programmet (skrevet af " +
              writer(books, "prepare", "2026-01") + ")");
    CHECK(v.findings.size() == 1);
}

TEST_CASE("a changed run line is named with the entry that prepared it", "[audit][chain]") {
    SampleBooks books("chain_line_changed");
    const long long line = books.number("SELECT MIN(id) FROM payout_lines");
    books.sql() << "UPDATE payout_lines SET amount_ore = amount_ore + 1 WHERE id = :id", soci::use(line);
    auto v = verify(books);
    CHECK_FALSE(v.ok);
    CHECK(finding(v, "payout_lines række " + std::to_string(line) + " ") ==
          "payout_lines række " + std::to_string(line) + " er ændret uden om programmet (skrevet af " +
              writer(books, "prepare", "2026-01") + ")");
}

TEST_CASE("a changed reconciliation figure and month row are named", "[audit][chain]") {
    SampleBooks books("chain_reconciliation_changed");
    const long long id = books.number("SELECT MIN(id) FROM reconciliations");
    books.sql() << "UPDATE reconciliation_received SET amount_ore = 0 WHERE reconciliation_id = :id AND kind = 'helper'",
        soci::use(id);
    books.sql() << "UPDATE reconciliation_months SET used_ore = 1 WHERE reconciliation_id = :id AND month = '2026-01'",
        soci::use(id);
    auto v = verify(books);
    CHECK_FALSE(v.ok);
    const std::string by = "(skrevet af " + writer(books, "draft", "2026") + ")";
    CHECK(finding(v, "reconciliations række " + std::to_string(id) + " ") ==
          "reconciliations række " + std::to_string(id) + " er ændret uden om programmet " + by);
    CHECK(finding(v, "reconciliation_months række ") ==
          "reconciliation_months række " + std::to_string(id) + "/2026-01 er ændret uden om programmet " + by);
}

TEST_CASE("seals rewritten to match a changed row break the chain at the entry that wrote it", "[audit][chain]") {
    SampleBooks books("chain_seal_forged");
    const long long line = books.number("SELECT MIN(id) FROM payout_lines");
    books.sql() << "UPDATE payout_lines SET amount_ore = amount_ore + 1 WHERE id = :id", soci::use(line);
    // A forger who knows the canonical row form recomputes the seal too.
    store::RowSeals resealed;
    resealed.seal(books.sql(), store::sealed::payout_lines, "id = :id", line);
    const std::string key = std::to_string(line);
    books.sql() << "UPDATE audit_rows SET row_hash = :h WHERE table_name = 'payout_lines' AND row_key = :k",
        soci::use(resealed.rows().front().hash), soci::use(key);
    auto v = verify(books);
    CHECK_FALSE(v.ok);
    REQUIRE(v.first_broken);
    CHECK(*v.first_broken == books.number("SELECT MAX(id) FROM audit_log WHERE action = 'prepare'"
                                          " AND entity_id = '2026-01'"));
    CHECK(v.reason == "de rækker i regnskabet, som posten skrev (audit_rows), er ændret eller slettet");
}

TEST_CASE("deleting the newest audit entries is detected through the rows they wrote", "[audit][chain]") {
    SampleBooks books("chain_newest_deleted");
    const long long newest = books.number("SELECT MAX(id) FROM audit_log");
    REQUIRE(books.number("SELECT COUNT(*) FROM audit_rows WHERE audit_id = " + std::to_string(newest)) > 0);
    books.sql() << "DELETE FROM audit_log WHERE id = :id", soci::use(newest);
    auto v = verify(books);
    CHECK_FALSE(v.ok);
    CHECK(finding(v, "audit_rows nævner post") == "audit_rows nævner post " + std::to_string(newest) +
                                                     ", som ikke er i revisionssporet (poster er slettet)");

    // Deleting its rows of seals too leaves the rows it wrote uncovered.
    books.sql() << "DELETE FROM audit_rows WHERE audit_id = :id", soci::use(newest);
    auto again = verify(books);
    CHECK_FALSE(again.ok);
    CHECK(finding(again, "reconciliations række ").find("indsat uden om programmet") != std::string::npos);
}

TEST_CASE("preparing a draft again, approving it and recomputing drafts keep the books verified", "[audit][chain]") {
    SampleBooks books("chain_rewrites");
    const Month march = date::year{2026} / date::March;
    for (int i = 0; i < 2; ++i)
        books.db().in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), march); });
    CHECK(verify(books).ok);
    books.db().in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), march); });
    books.db().in_transaction([&](soci::session& sql) { app::mark_payout_paid(sql, test::finance_actor("finance2"), march); });
    books.db().in_transaction([](soci::session& sql) {
        app::reconcile_year(sql, test::finance_actor("finance1"), 2026, std::nullopt, false, date::year{2026} / 4 / 1);
    });
    books.db().in_transaction([](soci::session& sql) {
        app::reconcile_year(sql, test::finance_actor("finance1"), 2026, 1, false, date::year{2026} / 4 / 1);
    });
    auto v = verify(books);
    for (const auto& f : v.findings) UNSCOPED_INFO(f);
    CHECK(v.ok);
    CHECK(v.rows_checked == rows_of_the_books(books));
}

// Verify merges each table's rows and seals as two reads in key order (issue
// 18: it no longer holds every seal). Keys are text: "10" comes before "9" and
// "1000000" before "101", so a merge in number order, or in a collation that is
// not the bytes', would name rows that are fine; each row here is named once.
TEST_CASE("among hundreds of rows keyed as text, a changed, a deleted and an inserted one are each named once",
          "[audit][chain]") {
    SampleBooks books("chain_key_order");
    const std::string one_digit = std::to_string(books.number("SELECT MAX(id) FROM ledger_postings WHERE id < 10"));
    const std::string two_digits = std::to_string(books.number("SELECT MIN(id) FROM ledger_postings WHERE id >= 10"));
    const long long copied = books.number("SELECT MAX(id) FROM ledger_postings");
    REQUIRE(one_digit.size() == 1);
    REQUIRE(two_digits.size() == 2);
    REQUIRE(copied < 1000000);
    books.sql() << "UPDATE ledger_postings SET amount_ore = amount_ore + 1 WHERE id = " + two_digits;
    books.sql() << "DELETE FROM ledger_postings WHERE id = " + one_digit;
    books.sql() << "INSERT INTO ledger_postings (id, family_id, kind, month_concerned, amount_ore, description,"
                   " posted_at, posted_by) SELECT 1000000, family_id, kind, month_concerned, amount_ore, description,"
                   " posted_at, posted_by FROM ledger_postings WHERE id = :id",
        soci::use(copied);
    auto v = verify(books);
    for (const auto& f : v.findings) UNSCOPED_INFO("finding: " << f);
    CHECK(v.findings.size() == 3);
    auto named_once = [&](const std::string& start) {
        return std::count_if(v.findings.begin(), v.findings.end(),
                             [&](const std::string& f) { return f.rfind(start, 0) == 0; }) == 1;
    };
    CHECK(named_once("ledger_postings række " + two_digits + " er ændret uden om programmet (skrevet af post "));
    CHECK(named_once("ledger_postings række 1000000 er indsat uden om programmet (ingen post i revisionssporet skrev den)"));
    CHECK(named_once("ledger_postings række " + one_digit + " er slettet uden om programmet (skrevet af post "));
    CHECK(v.rows_checked == rows_of_the_books(books));
}
