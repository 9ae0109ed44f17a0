// Statements and the documents over every family compute the reconciliations
// a page of families at a time (store/family_range.h): the figures and the
// files must be exactly those of all families at once. A generated year
// (app/generator.h) of five families, paid month by month, with one family's
// stored draft made stale by later runs, one family made final and three
// never reconciled (computed now), in pages of two: three pages, the last a
// single family.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/fresh_reconciliations.h"
#include "app/generator.h"
#include "app/importer.h"
#include "app/letter_settings.h"
#include "app/payout_service.h"
#include "app/rate_service.h"
#include "app/entity_json.h"
#include "app/reconciliation_json.h"
#include "app/reconciliation_service.h"
#include "app/shift_file.h"
#include "app/shift_service.h"
#include "app/statement_service.h"
#include "import/scratch_folder.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/scratch_database.h"
#include "statement_workbook.h"
#include "test_actor.h"
#include "quick_import.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;

namespace {

constexpr int kYear = 2025;
const Date kMidYear{date::year{kYear}, date::July, date::day{15}};
const Date kAfterTheYear{date::year{kYear + 1}, date::February, date::day{1}};

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void pay(store::Database& db, unsigned month) {
    const Month m{date::year{kYear}, date::month{month}};
    db.in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), m); });
    db.in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), m); });
}

// The generated year as described above; the families' ids by id.
std::vector<Id> reconciled_year(ScratchDatabase& scratch, const ScratchFolder& folder) {
    app::generate_municipality({5, kYear, folder.path(), 7, true});
    std::filesystem::remove(folder.file("users.csv"));  // hashing passwords is slow on purpose
    app::import_folder(scratch.db(), folder.path(), test::admin_actor("test"), hjt::test::quick_import());
    scratch.db().in_transaction([&](soci::session& sql) {
        app::seed_rates_and_policy(sql, "test", "config");
        sql << "INSERT INTO users (username, password_hash, role) VALUES ('finance1', 'x', 'finance')";
        app::import_shifts(sql, test::caseworker_actor("test"), std::nullopt,
                           app::read_shift_csv(file_text(folder.file("shifts.csv")), "shifts.csv"),
                           store::load_policy(sql, Date{date::year{kYear} / 1 / 1}), {});
    });
    std::vector<Id> families;
    for (const auto& f : store::list_families(scratch.sql())) families.push_back(f.id);
    REQUIRE(families.size() == 5);
    for (unsigned m = 1; m <= 6; ++m) pay(scratch.db(), m);
    scratch.db().in_transaction([&](soci::session& sql) {
        app::reconcile_year(sql, test::finance_actor("finance1"), kYear, families[0], false, kMidYear);
    });
    for (unsigned m = 7; m <= 12; ++m) pay(scratch.db(), m);
    scratch.db().in_transaction([&](soci::session& sql) {
        app::reconcile_year(sql, test::finance_actor("finance1"), kYear, families[3], true, kAfterTheYear);
    });
    return families;
}

// Everything a document shows of a reconciliation but the moment it was computed now.
std::string shown(const app::DocumentReconciliation& d) {
    return std::to_string(d.shown.id) + " " + to_string(d.shown.status) + (d.stored ? " stored" : " computed now") +
           " stale draft of " + d.stale_draft_computed_at + " " + app::stringify(app::to_json(d.shown.figures));
}

// A workbook's parts with the moments of writing and of computing now, and
// the folder written to (the overview names each file), left out.
std::string without_moments(const std::string& parts, const std::string& folder) {
    static const std::regex utc(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
    static const std::regex danish(R"(\d\d-\d\d-\d{4} kl\. \d\d:\d\d)");
    std::string text = std::regex_replace(std::regex_replace(parts, utc, "<utc>"), danish, "<tid>");
    for (auto at = text.find(folder); at != std::string::npos; at = text.find(folder, at))
        text.replace(at, folder.size(), "<mappe>");
    return text;
}

} // namespace

TEST_CASE("reconciliations a page of families at a time are those of all families at once", "[statements][pages]") {
    ScratchFolder folder("pages_figures");
    ScratchDatabase scratch("pages_figures");
    const auto families = reconciled_year(scratch, folder);

    std::vector<std::string> all, paged;
    for (const auto& d : app::document_reconciliations(scratch.sql(), kYear, std::nullopt, kAfterTheYear, true))
        all.push_back(shown(d));
    int pages = 0;
    store::each_family_page(families.size(), 2, [&](std::size_t i) { return families[i]; },
                            [&](const store::FamilyScope& page, std::size_t, std::size_t) {
                                ++pages;
                                for (const auto& d :
                                     app::document_reconciliations(scratch.sql(), kYear, page, kAfterTheYear, true))
                                    paged.push_back(shown(d));
                            });
    CHECK(pages == 3);
    CHECK(paged == all);

    // Not vacuous: a stale draft, a final, children computed now, and every family has children.
    auto count = [&](const std::string& text) {
        return std::count_if(all.begin(), all.end(), [&](const auto& s) { return s.find(text) != std::string::npos; });
    };
    CHECK(count("draft stored stale draft of 2") > 0);
    CHECK(count("final stored") > 0);
    CHECK(count("computed now") > 0);
    std::set<Id> with_children;
    for (const auto& d : app::document_reconciliations(scratch.sql(), kYear, std::nullopt, kAfterTheYear, true))
        with_children.insert(d.shown.figures.family_id);
    CHECK(with_children.size() == families.size());

    // A page holds its own families only: the first page, families 1 and 2.
    std::set<Id> first_page;
    for (const auto& d : app::document_reconciliations(scratch.sql(), kYear,
                                                       store::FamilyScope::page(families[0], families[1]),
                                                       kAfterTheYear, true))
        first_page.insert(d.shown.figures.family_id);
    CHECK(first_page == std::set<Id>{families[0], families[1]});
}

TEST_CASE("statements written a page of two families at a time are the files written all at once",
          "[statements][pages]") {
    ScratchFolder folder("pages_statements");
    ScratchDatabase scratch("pages_statements");
    const auto families = reconciled_year(scratch, folder);
    ScratchFolder one_page("pages_one"), two_a_page("pages_two");
    const auto letters = app::load_letter_settings("config");
    const auto whole = app::write_all_statements(scratch.sql(), kYear, kAfterTheYear, one_page.path(), letters);
    const auto paged = app::write_all_statements(scratch.sql(), kYear, kAfterTheYear, two_a_page.path(), letters, {}, {}, 2);

    REQUIRE(paged.totals.families == static_cast<long long>(families.size()));
    REQUIRE(whole.totals.families == static_cast<long long>(families.size()));
    std::vector<std::string> names = {app::overview_file_name(kYear)};
    for (Id family : families) names.push_back(app::statement_file_name(family, kYear));
    for (const auto& name : names) {
        INFO(name);
        const std::string expected =
            without_moments(test::StatementWorkbook(one_page.file(name).string()).all_parts(), one_page.path());
        CHECK(without_moments(test::StatementWorkbook(two_a_page.file(name).string()).all_parts(), two_a_page.path()) ==
              expected);
        CHECK(expected.find("Familie") != std::string::npos);
    }
    // Each family's statement read for that family alone (its children,
    // helpers, expenses and runs read for a page of one) is the one written
    // with its page: a page's rows go to their own family and no other.
    ScratchFolder alone("pages_alone");
    for (Id family : families) {
        INFO("family " << family);
        auto statement = app::annual_statement(scratch.sql(), family, kYear, kAfterTheYear);
        app::add_decision(statement, letters, kAfterTheYear);
        const std::string name = app::statement_file_name(family, kYear);
        reports::write_annual_statement(alone.file(name).string(), statement);
        CHECK(without_moments(test::StatementWorkbook(alone.file(name).string()).all_parts(), alone.path()) ==
              without_moments(test::StatementWorkbook(two_a_page.file(name).string()).all_parts(), two_a_page.path()));
    }
}
