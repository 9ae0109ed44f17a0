// Retention (issue 17): `hjt retention --before YEAR` anonymises the families
// whose case closed before YEAR, keeping every amount: the books still tie and
// `audit verify` still passes, the audit chain recording the anonymisation.
#include <catch2/catch.hpp>

#include "app/eindkomst_service.h"
#include "app/retention.h"
#include "domain/errors.h"
#include "sample_books.h"
#include "store/audit_log.h"

using namespace hjt;

namespace {

constexpr Id kNielsen = 1;  // F001 of sample-data: one child, grants 2025 and 2026, two helpers
const Date kToday = date::year{2033} / 6 / 1;

// The sample books with both runs paid and family 1's year 2026 closed by a final reconciliation.
void close_nielsen(test::SampleBooks& books) {
    for (unsigned m : {1u, 2u})
        books.db().in_transaction([&](soci::session& sql) {
            app::mark_payout_paid(sql, test::finance_actor("finance1"), date::year{2026} / date::month{m});
        });
    books.db().in_transaction([](soci::session& sql) {
        app::reconcile_year(sql, test::finance_actor("finance1"), 2026, kNielsen, true, date::year{2027} / 1 / 15);
    });
}

// The month's eIndkomst reports (finance), as the CLI and the API run them.
app::EindkomstMonth report_eindkomst(test::SampleBooks& books, Month month) {
    app::EindkomstMonth out;
    books.db().in_transaction([&](soci::session& sql) {
        out = app::report_eindkomst(sql, test::finance_actor("finance1"), month, app::EindkomstOptions{});
    });
    return out;
}

bool lists_family(const app::EindkomstMonth& m, Id family) {
    for (const auto& e : m.employers)
        if (e.family_id == family) return true;
    return false;
}

// Every amount of the books, summed per table.
std::vector<long long> amounts(test::SampleBooks& books) {
    return {books.number("SELECT SUM(amount_ore) FROM ledger_postings"),
            books.number("SELECT SUM(amount_ore) FROM payout_lines"),
            books.number("SELECT SUM(total_ore) FROM payout_runs"),
            books.number("SELECT SUM(settlement_ore) FROM reconciliations"),
            books.number("SELECT SUM(amount_ore) FROM reconciliation_received"),
            books.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE family_id = 1"),
            books.number("SELECT SUM(value) FROM eindkomst_report_values"),
            books.number("SELECT COUNT(*) FROM eindkomst_reports")};
}

// Nielsen's rows in the register and the books that still carry one of the
// family's personal data (names, CPR numbers, its CVR/SE number, account,
// e-mail), the eIndkomst reports made under its CVR/SE number among them.
long long traces(test::SampleBooks& books) {
    long long n = 0;
    const std::vector<std::pair<std::string, std::vector<std::string>>> columns = {
        {"families WHERE id = 1", {"name", "cvr", "bank_account", "contact_email"}},
        {"children WHERE family_id = 1", {"name", "cpr"}},
        {"helpers WHERE family_id = 1", {"name", "cpr"}},
        {"payout_payees WHERE family_id = 1", {"name", "cvr", "account_no", "parent_name"}},
        {"eindkomst_reports WHERE 1 = 1", {"employer_se"}},
        {"payout_lines WHERE family_id = 1", {"description"}},
        {"ledger_postings WHERE family_id = 1", {"description"}},
        {"payout_flags WHERE family_id = 1", {"message"}},
    };
    for (const char* text : {"Nielsen", "020510", "161193", "291096", "1106028104", "familien.nielsen", "58245534"})
        for (const auto& [rows, cols] : columns)
            for (const auto& col : cols)
                n += books.number("SELECT COUNT(*) FROM " + rows + " AND " + col + " LIKE '%" + text + "%'");
    return n;
}

} // namespace

TEST_CASE("retention anonymises a family whose case closed beyond the bookkeeping period, keeping every amount, "
          "audit verify passes and records it",
          "[retention]") {
    test::SampleBooks books("retention");
    close_nielsen(books);
    // Nielsen's helpers reported to eIndkomst under the family's CVR/SE number 58245534.
    for (unsigned m : {1u, 2u}) {
        const auto reported = report_eindkomst(books, date::year{2026} / date::month{m});
        REQUIRE(lists_family(reported, kNielsen));
        CHECK(reported.employers[0].refused.empty());
    }
    REQUIRE(books.number("SELECT COUNT(*) FROM eindkomst_reports WHERE employer_se = '58245534'") > 0);
    REQUIRE(store::verify_audit_chain(books.sql()).ok);
    const auto before = amounts(books);
    REQUIRE(traces(books) > 0);
    const long long entries = books.number("SELECT COUNT(*) FROM audit_log");

    // Within the five years the books must be kept: refused, in Danish, nothing changed.
    try {
        app::anonymise_closed_cases(books.sql(), test::admin_actor("admin1"), 2029, 5, kToday);
        FAIL("a year within the retention period was anonymised");
    } catch (const ValidationError& e) {
        CHECK(e.code() == "retention_year_out_of_range");
        CHECK(e.field() == "--before");
        CHECK(std::string(e.what()).find("2028") != std::string::npos);
    }
    CHECK_THROWS_AS(app::anonymise_closed_cases(books.sql(), test::caseworker_actor("cw1"), 2028, 5, kToday), Forbidden);
    // A case closing in 2026 is not yet beyond a policy of 7 years in 2033.
    books.db().in_transaction([](soci::session& sql) {
        CHECK(app::anonymise_closed_cases(sql, test::admin_actor("admin1"), 2026, 7, kToday).empty());
    });
    CHECK(books.number("SELECT COUNT(*) FROM audit_log") == entries);

    std::vector<app::AnonymisedFamily> done;
    books.db().in_transaction([&](soci::session& sql) {
        done = app::anonymise_closed_cases(sql, test::admin_actor("admin1"), 2028, 5, kToday);
    });
    // Nielsen, and any family whose grants all ended in 2025 with nothing paid
    // since; not those with postings in 2026, which no final reconciliation closed.
    REQUIRE_FALSE(done.empty());
    CHECK(done[0].family_id == kNielsen);
    for (const auto& d : done) {
        INFO("family " << d.family_id << " closed " << d.closed_year);
        CHECK((d.family_id == kNielsen ||
               (d.closed_year == 2025 && books.number("SELECT COUNT(*) FROM ledger_postings WHERE family_id = " +
                                                      std::to_string(d.family_id)) == 0)));
    }
    CHECK(books.number("SELECT COUNT(*) FROM anonymised_families") == static_cast<long long>(done.size()));
    CHECK(done[0].closed_year == 2026);
    CHECK(done[0].children == 1);
    CHECK(done[0].helpers == 2);
    CHECK(done[0].payees > 0);

    CHECK(traces(books) == 0);
    CHECK(amounts(books) == before);
    auto verified = store::verify_audit_chain(books.sql());
    for (const auto& f : verified.findings) UNSCOPED_INFO(f);
    CHECK(verified.ok);
    std::string action, after;
    books.sql() << "SELECT action, after_json FROM audit_log WHERE id = :id", soci::into(action), soci::into(after),
        soci::use(done[0].audit_entry);
    CHECK(action == "anonymise");
    CHECK(after.find("\"closed_year\":2026") != std::string::npos);
    CHECK(after.find("Nielsen") == std::string::npos);
    CHECK(books.number("SELECT COUNT(*) FROM audit_rows WHERE audit_id = " + std::to_string(done[0].audit_entry)) > 0);

    // The eIndkomst reports stay (their amounts and persons by id), under no
    // CVR/SE number; a later month no longer lists the anonymised family,
    // whose helper's employment the register left open.
    CHECK(books.number("SELECT COUNT(*) FROM eindkomst_reports WHERE employer_se = 'anonymiseret-1'") > 0);
    CHECK_FALSE(lists_family(report_eindkomst(books, date::year{2026} / date::March), kNielsen));
    CHECK(store::verify_audit_chain(books.sql()).ok);

    // Once: a second run finds nothing.
    books.db().in_transaction([](soci::session& sql) {
        CHECK(app::anonymise_closed_cases(sql, test::admin_actor("admin1"), 2028, 5, kToday).empty());
    });
    // The anonymised rows are sealed as they now are: putting an account back is named.
    books.sql() << "UPDATE payout_payees SET account_no = '1106028104' WHERE family_id = 1";
    CHECK_FALSE(store::verify_audit_chain(books.sql()).ok);
}
