// The same properties through the database, on a few generated municipalities
// (src/app/generator.h, seeded): a whole year of runs prepared and approved
// month by month, then every run's lines add up to its stored total and
// content hash and are on the ledger to the øre (store_invariants.h), and each
// family's ledger balance is the sum of its lines in the year's runs.
#include <catch2/catch.hpp>

#include "app/generator.h"
#include "app/importer.h"
#include "app/payout_service.h"
#include "app/rate_service.h"
#include "import/scratch_folder.h"
#include "store/scratch_database.h"
#include "store_invariants.h"
#include "test_actor.h"
#include "quick_import.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;

TEST_CASE("property: generated years through the database, run by run, add up on the ledger", "[trust][property]") {
    for (std::uint64_t seed : {3, 17, 40}) {
        INFO("seed " << seed);
        ScratchFolder folder("generated_year");
        ScratchDatabase scratch("generated_year");
        app::generate_municipality({4, 2025, folder.path(), seed, false});
        std::filesystem::remove(folder.file("users.csv"));  // hashing passwords is slow on purpose
        app::import_folder(scratch.db(), folder.path(), hjt::test::admin_actor("test"), hjt::test::quick_import());
        scratch.db().in_transaction([](soci::session& sql) { app::seed_rates_and_policy(sql, "test", "config"); });
        for (unsigned m = 1; m <= 12; ++m) {
            const Month month{date::year{2025}, date::month{m}};
            scratch.db().in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), month); });
            scratch.db().in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), month); });
        }
        test::check_store_is_sound(scratch.db());
        long long runs = 0, unbalanced = 0;
        scratch.sql() << "SELECT COUNT(*) FROM payout_runs WHERE status = 'approved'", soci::into(runs);
        CHECK(runs == 12);
        scratch.sql() << "SELECT COUNT(*) FROM families f WHERE"
                         " (SELECT COALESCE(SUM(amount_ore), 0) FROM ledger_postings p WHERE p.family_id = f.id) <>"
                         " (SELECT COALESCE(SUM(amount_ore), 0) FROM payout_lines l WHERE l.family_id = f.id)",
            soci::into(unbalanced);
        CHECK(unbalanced == 0);
    }
}
