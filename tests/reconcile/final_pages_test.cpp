// Reconcile (final and draft) goes a page of families at a time
// (app/reconciliation_service.cpp: all families' inputs, figures and seals at
// once grew with the municipality): with more families than a page, every
// family still gets its entry, in family order, each page's seals go with its
// first entry, and the chain and the books verify; and pages of 1, 2 or 3
// families store exactly what one batch of all stores.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "app/entity_json.h"
#include "app/generator.h"
#include "app/importer.h"
#include "app/rate_service.h"
#include "app/reconciliation_json.h"
#include "app/reconciliation_service.h"
#include "import/scratch_folder.h"
#include "store/audit_log.h"
#include "store/family_range.h"
#include "store/register_repository.h"
#include "store/row_seals.h"
#include "store/scratch_database.h"
#include "stopped_clock.h"
#include "support/clock.h"
#include "test_actor.h"
#include "quick_import.h"

using namespace hjt;

namespace {

constexpr int kYear = 2025;
const Date kAfterTheYear{date::year{kYear + 1}, date::February, date::day{1}};

// The generated municipality of `families` (seed 7) written to `folder`.
void generate(const testing::ScratchFolder& folder, long long families) {
    app::generate_municipality({families, kYear, folder.path(), 7, false});
    std::filesystem::remove(folder.file("users.csv"));  // hashing passwords is slow on purpose
}

void import_into(testing::ScratchDatabase& scratch, const testing::ScratchFolder& folder) {
    app::import_folder(scratch.db(), folder.path(), test::admin_actor("test"), hjt::test::quick_import());
    scratch.db().in_transaction([](soci::session& sql) { app::seed_rates_and_policy(sql, "test", "config"); });
}

app::ReconcileReport reconcile(testing::ScratchDatabase& scratch, std::optional<Id> family, bool make_final,
                               const app::Progress& progress = {}, const app::ReconcileOptions& options = {}) {
    app::ReconcileReport report;
    scratch.db().in_transaction([&](soci::session& sql) {
        report = app::reconcile_year(sql, test::finance_actor("finance1"), kYear, family, make_final, kAfterTheYear,
                                     progress, options);
    });
    return report;
}

std::vector<std::string> sorted_rows(soci::session& sql, const std::string& query) {
    std::vector<std::string> out;
    soci::rowset<soci::row> rows = sql.prepare << query;
    for (const soci::row& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i)
            line += (row.get_indicator(i) == soci::i_null ? std::string("NULL") : row.get<std::string>(i)) + "|";
        out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Every row of every sealed table (reconciliations with their months and
// expenses, postings, claims, ...) as its key and the hash of its content.
std::vector<std::string> books(soci::session& sql) {
    std::vector<std::string> out;
    for (const store::SealedTable* table : store::sealed::all()) {
        store::SealedRow row(*table);
        soci::statement st(sql);
        row.into(st);
        st.alloc();
        st.prepare(store::sealed_select(*table));
        st.define_and_bind();
        st.execute();
        while (st.fetch()) out.push_back(std::string(table->name) + " " + row.key + " " + store::row_hash(*table, row));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// What a run stored, as compared between pagings: everything but which of
// its entries carries which seals (and so the entries' hashes).
struct Stored {
    std::string report;                 // the report as the API returns it
    std::vector<std::string> rows;      // the books
    std::vector<std::string> closed;    // closed_years
    std::vector<std::string> entries;   // the run's audit entries, their content
    std::vector<std::string> seals;     // the run's seals: table, key, hash
    long long sealing_entries = 0;      // the run's entries that carry seals
};

Stored stored_by(testing::ScratchDatabase& scratch, const app::ReconcileReport& report, long long entries_before) {
    soci::session& sql = scratch.sql();
    Stored s;
    s.report = app::stringify(app::to_json(report));
    s.rows = books(sql);
    s.closed = sorted_rows(sql, "SELECT CAST(family_id AS TEXT), CAST(year AS TEXT), closed_at, closed_by FROM closed_years");
    const std::string after = std::to_string(entries_before);
    s.entries = sorted_rows(sql, "SELECT CAST(id AS TEXT), at, actor, action, entity, entity_id, before_json, after_json"
                                 " FROM audit_log WHERE id > " + after);
    s.seals = sorted_rows(sql, "SELECT table_name, row_key, row_hash FROM audit_rows WHERE audit_id > " + after);
    sql << "SELECT COUNT(DISTINCT audit_id) FROM audit_rows WHERE audit_id > " + after, soci::into(s.sealing_entries);
    return s;
}

long long last_entry(testing::ScratchDatabase& scratch) {
    long long id = 0;
    scratch.sql() << "SELECT COALESCE(MAX(id), 0) FROM audit_log", soci::into(id);
    return id;
}

} // namespace

TEST_CASE("a final over more families than a page: an entry each, in order, each page's seals with its first, it verifies",
          "[reconcile][final][pages]") {
    const long long families = static_cast<long long>(store::kFamiliesAPage) + 1;
    testing::ScratchFolder folder("final_pages");
    testing::ScratchDatabase scratch("final_pages");
    generate(folder, families);
    import_into(scratch, folder);
    const app::ReconcileReport report = reconcile(scratch, std::nullopt, true);
    CHECK(report.families_closed == families);

    long long entries = 0, first = 0, sealing = 0, sealed_by = 0, last_sealing = 0;
    scratch.sql() << "SELECT COUNT(*), MIN(id) FROM audit_log WHERE action = 'finalise'", soci::into(entries),
        soci::into(first);
    CHECK(entries == families);
    scratch.sql() << "SELECT COUNT(DISTINCT audit_id), MIN(audit_id), MAX(audit_id) FROM audit_rows WHERE audit_id IN"
                     " (SELECT id FROM audit_log WHERE action = 'finalise')",
        soci::into(sealing), soci::into(sealed_by), soci::into(last_sealing);
    // Two pages: the first page's seals with its first entry, the second's (one family) with its own.
    CHECK(sealing == 2);
    CHECK(sealed_by == first);
    CHECK(last_sealing == first + static_cast<long long>(store::kFamiliesAPage));
    // The entries follow the families' ids: the page's break changes nothing.
    std::string first_family, last_family;
    scratch.sql() << "SELECT entity_id FROM audit_log WHERE id = :id", soci::use(first), soci::into(first_family);
    scratch.sql() << "SELECT entity_id FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log WHERE action = 'finalise')",
        soci::into(last_family);
    long long lowest = 0, highest = 0;
    scratch.sql() << "SELECT MIN(id), MAX(id) FROM families", soci::into(lowest), soci::into(highest);
    CHECK(first_family == "2025/family " + std::to_string(lowest));
    CHECK(last_family == "2025/family " + std::to_string(highest));

    const auto verified = store::verify_audit_chain(scratch.sql());
    for (const auto& f : verified.findings) UNSCOPED_INFO(f);
    CHECK(verified.ok);
    CHECK(verified.findings.empty());
}

TEST_CASE("reconcile by pages of 1, 2 or 3 families stores what one batch of all stores, to the øre",
          "[reconcile][final][pages]") {
    // Twelve families; before the run the first has drafts (released and
    // replaced by the run), the fourth is final already (left alone: its page
    // of one has nothing to do), and four were paid far more than they used
    // (a repayment claim each when final). Each database starts at the same
    // stopped moment and runs the step a minute later, so the runs can be
    // compared field by field.
    constexpr long long kFamilies = 12;
    test::StoppedClock clock;
    const auto start = support::now();
    testing::ScratchFolder folder("pages_as_one");
    generate(folder, kFamilies);
    const bool make_final = GENERATE(true, false);
    INFO((make_final ? "final" : "draft"));

    auto run = [&](std::size_t per_page, std::vector<long long>* ticks) {
        support::set_test_now(start);
        testing::ScratchDatabase scratch("pages_as_one");
        import_into(scratch, folder);
        const std::vector<Id> ids = store::list_family_ids(scratch.sql());
        REQUIRE(ids.size() == kFamilies);
        scratch.db().in_transaction([&](soci::session& sql) {
            for (Id overpaid : {ids[1], ids[5], ids[8], ids[11]})
                sql << "INSERT INTO ledger_postings (family_id, child_id, kind, month_concerned, amount_ore,"
                       " description, posted_at, posted_by) SELECT family_id, MIN(id), 'helper', '2025-06',"
                       " 50000000, 'a conto', '2025-06-30T12:00:00Z', 'test' FROM children"
                       " WHERE family_id = :family GROUP BY family_id",
                    soci::use(overpaid);
            store::RowSeals written;  // sealed as the program's own postings are
            written.seal(sql, store::sealed::ledger_postings, "posted_by = 'test'");
            store::append_audit(sql, {"test", "post", "ledger", "a conto", "", "{}"}, written);
        });
        reconcile(scratch, ids[0], false);
        reconcile(scratch, ids[3], true);
        support::set_test_now(start + std::chrono::minutes(1));
        const long long before = last_entry(scratch);
        app::ReconcileOptions options;
        options.families_a_page = per_page;
        auto progress = [&](const std::string& stage, long long done, long long all) {
            CHECK(stage == (make_final ? "gør familierne endelige" : "skriver kladder"));
            CHECK(all == kFamilies);
            if (ticks) ticks->push_back(done);
        };
        const app::ReconcileReport report = reconcile(scratch, std::nullopt, make_final, progress, options);
        const auto verified = store::verify_audit_chain(scratch.sql());
        for (const auto& f : verified.findings) UNSCOPED_INFO(f);
        CHECK(verified.ok);
        return stored_by(scratch, report, before);
    };

    const Stored whole = run(1000, nullptr);
    // Not a comparison of nothing: the run posted, claimed and closed.
    CHECK(whole.rows.size() > 100);
    auto rows_of = [&](const std::string& table) {
        return std::count_if(whole.rows.begin(), whole.rows.end(),
                             [&](const std::string& r) { return r.rfind(table + " ", 0) == 0; });
    };
    CHECK(rows_of("reconciliations") == 13);  // every child's, drafts or finals
    if (make_final) CHECK(rows_of("claims") == 4);
    CHECK(whole.entries.size() == (make_final ? kFamilies - 1 : 1));
    CHECK(whole.sealing_entries == 1);
    CHECK(whole.seals.size() > 100);

    for (std::size_t per_page : {1, 2, 3}) {
        INFO("families a page: " << per_page);
        std::vector<long long> ticks;
        const Stored paged = run(per_page, &ticks);
        CHECK(paged.report == whole.report);
        CHECK(paged.rows == whole.rows);
        CHECK(paged.closed == whole.closed);
        CHECK(paged.entries == whole.entries);
        CHECK(paged.seals == whole.seals);
        // A final's page seals its rows with its first entry (the fourth
        // family's page of one has none); a draft run has one entry for all.
        const long long pages = (kFamilies + static_cast<long long>(per_page) - 1) / static_cast<long long>(per_page);
        CHECK(paged.sealing_entries == (make_final ? pages - (per_page == 1 ? 1 : 0) : 1));
        // Progress: the start, then a tick a page.
        std::vector<long long> expected{0};
        for (long long done = static_cast<long long>(per_page); done < kFamilies; done += static_cast<long long>(per_page))
            expected.push_back(done);
        expected.push_back(kFamilies);
        CHECK(ticks == expected);
    }
}
