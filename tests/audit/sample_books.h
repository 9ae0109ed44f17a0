// The sample municipality (sample-data/) with books for 2026 in a fresh
// database: rates and policy from config/, the register imported, January's
// and February's runs prepared by one finance user and approved by another
// (four eyes), and the year's reconciliations computed as drafts.
#pragma once

#include <functional>
#include <string>

#include "app/importer.h"
#include "app/payout_service.h"
#include "app/rate_service.h"
#include "app/reconciliation_service.h"
#include "store/scratch_database.h"
#include "test_actor.h"
#include "quick_import.h"

namespace hjt::test {

class SampleBooks {
public:
    static constexpr int kYear = 2026;

    // `before_runs` may change the register between the import and the runs.
    explicit SampleBooks(const std::string& name, const std::function<void(soci::session&)>& before_runs = {})
        : scratch_(name) {
        auto& db = scratch_.db();
        db.in_transaction([](soci::session& sql) { app::seed_rates_and_policy(sql, "setup", "config"); });
        app::import_folder(db, "sample-data", test::admin_actor("import"), hjt::test::quick_import());
        if (before_runs) db.in_transaction(before_runs);
        for (unsigned m : {1u, 2u}) {
            const Month month = date::year{kYear} / date::month{m};
            db.in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), month); });
            db.in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), month); });
        }
        db.in_transaction([](soci::session& sql) {
            app::reconcile_year(sql, test::finance_actor("finance1"), kYear, std::nullopt, false, date::year{kYear} / 3 / 1);
        });
    }

    store::Database& db() { return scratch_.db(); }
    soci::session& sql() { return scratch_.sql(); }
    std::string path() const { return scratch_.path(); }

    long long number(const std::string& query) {
        long long value = 0;
        soci::indicator ind = soci::i_ok;
        sql() << query, soci::into(value, ind);
        return ind == soci::i_ok ? value : 0;
    }

private:
    testing::ScratchDatabase scratch_;
};

} // namespace hjt::test
