// The reconciliation's properties through the database, on generated years
// with shifts (src/app/generator.h, seeded): after a year of approved runs,
// every child's received − eligible is its balance, the final reconciliation
// posts exactly −balance (or nothing) to the ledger, and making the year final
// again, or drafting it again, changes no stored row.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "app/generator.h"
#include "app/importer.h"
#include "app/payout_service.h"
#include "app/rate_service.h"
#include "app/reconciliation_service.h"
#include "app/shift_file.h"
#include "app/shift_service.h"
#include "import/scratch_folder.h"
#include "store/rates_store.h"
#include "store/scratch_database.h"
#include "store_invariants.h"
#include "test_actor.h"
#include "quick_import.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;

namespace {

const Date after_the_year{date::year{2026}, date::February, date::day{1}};

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// What a second final run must leave exactly as it was.
struct Snapshot {
    long long postings = 0, ledger_sum = 0, reconciliation_rows = 0, audit_entries = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(soci::session& sql) {
    Snapshot s;
    sql << "SELECT COUNT(*), COALESCE(SUM(amount_ore), 0) FROM ledger_postings", soci::into(s.postings),
        soci::into(s.ledger_sum);
    sql << "SELECT COUNT(*) FROM reconciliations", soci::into(s.reconciliation_rows);
    sql << "SELECT COUNT(*) FROM audit_log", soci::into(s.audit_entries);
    return s;
}

} // namespace

TEST_CASE("property: generated years reconciled: balance = received − eligible, posted once, final twice changes nothing",
          "[trust][property][reconcile]") {
    for (std::uint64_t seed : {5, 23}) {
        INFO("seed " << seed);
        ScratchFolder folder("reconciled_year");
        ScratchDatabase scratch("reconciled_year");
        app::generate_municipality({4, 2025, folder.path(), seed, true});
        std::filesystem::remove(folder.file("users.csv"));  // hashing passwords is slow on purpose
        app::import_folder(scratch.db(), folder.path(), hjt::test::admin_actor("test"), hjt::test::quick_import());
        scratch.db().in_transaction([&](soci::session& sql) {
            app::seed_rates_and_policy(sql, "test", "config");
            sql << "INSERT INTO users (username, password_hash, role) VALUES ('finance1', 'x', 'finance')";
            app::import_shifts(sql, test::caseworker_actor("test"), std::nullopt,
                               app::read_shift_csv(file_text(folder.file("shifts.csv")), "shifts.csv"),
                               store::load_policy(sql, Date{date::year{2026} / 1 / 1}), {});
        });
        for (unsigned m = 1; m <= 12; ++m) {
            const Month month{date::year{2025}, date::month{m}};
            scratch.db().in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), month); });
            scratch.db().in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), month); });
        }
        const Snapshot before_final = snapshot(scratch.sql());

        app::ReconcileReport first;
        scratch.db().in_transaction([&](soci::session& sql) {
            first = app::reconcile_year(sql, test::finance_actor("finance1"), 2025, std::nullopt, true, after_the_year);
        });
        REQUIRE_FALSE(first.reconciliations.empty());
        Money settled;
        Hours used;
        for (const auto& stored : first.reconciliations) {
            const ChildReconciliation& r = stored.figures;
            INFO("family " << r.family_id << " child " << r.child_id);
            CHECK(r.balance == r.received.total() - r.eligible);
            CHECK(r.eligible <= r.year_cap);
            CHECK(r.settlement == (r.outcome == ReconciliationOutcome::top_up_not_paid ? Money{} : -r.balance));
            CHECK(stored.ledger_posting_id.has_value() == (r.settlement != Money{}));
            if (stored.ledger_posting_id) {
                // Settlements are posted in a batch and their ids read back: each names its own child's posting.
                long long child = 0, amount = 0;
                scratch.sql() << "SELECT child_id, amount_ore FROM ledger_postings WHERE id = :id", soci::into(child),
                    soci::into(amount), soci::use(*stored.ledger_posting_id);
                CHECK(child == r.child_id);
                CHECK(amount == r.settlement.ore());
            }
            settled += r.settlement;
            used += r.used_hours;
        }
        // Not vacuous: the shifts were counted and some child owes or is owed money.
        CHECK(used > Hours{});
        CHECK(std::any_of(first.reconciliations.begin(), first.reconciliations.end(),
                          [](const auto& stored) { return stored.figures.settlement != Money{}; }));
        CHECK(first.settlements == settled);
        const Snapshot after_final = snapshot(scratch.sql());
        CHECK(after_final.ledger_sum - before_final.ledger_sum == settled.ore());

        scratch.db().in_transaction([&](soci::session& sql) {
            const auto again = app::reconcile_year(sql, test::finance_actor("finance1"), 2025, std::nullopt, true, after_the_year);
            CHECK(again.computed == 0);
            CHECK(again.settlements == Money{});
            app::reconcile_year(sql, test::finance_actor("finance1"), 2025, std::nullopt, false, after_the_year);
        });
        CHECK(snapshot(scratch.sql()) == after_final);
        test::check_store_is_sound(scratch.db());
    }
}
