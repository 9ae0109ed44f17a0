// Property (issue 21): over random sequences of payments received (camt.054
// files, some imported twice), hand assignments, write-offs and set-offs in
// payout runs, every claim's balance equals claimed − paid − set off −
// written off as the stored rows add up independently, and nothing is
// counted twice: a receipt never settles more than it brought, a set-off line
// settles exactly once, a file imported again changes nothing.
#include <catch2/catch.hpp>

#include "app/claims_receipts.h"
#include "app/claims_service.h"
#include "app/payment_settings.h"
#include "app/payout_service.h"
#include "app/payout_export.h"
#include "app/reconciliation_service.h"
#include "app/seeded_random.h"
#include "camt_builder.h"
#include "domain/errors.h"
#include "domain/payment_reference.h"
#include "payout/payout_domain_fixtures.h"
#include "reconcile_world.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

const Date kToday = day(2025, 6, 1);

std::string decimal(long long ore) {
    std::string cents = std::to_string(ore % 100);
    return std::to_string(ore / 100) + "." + (cents.size() == 1 ? "0" : "") + cents;
}

struct Step {
    ReconcileWorld& w;
    app::SeededRandom& rnd;
    std::vector<Id> claims;
    std::vector<std::string> files;
    int entry = 0;
    unsigned next_month = 1;

    template <typename Work>
    bool attempt(Work work) {  // refusals are part of the property: they must change nothing
        try {
            w.db().in_transaction(work);
            return true;
        } catch (const ValidationError&) {
        } catch (const Conflict&) {
        } catch (const NotFound&) {
        }
        return false;
    }

    void import_file() {
        std::vector<CamtEntry> entries;
        for (int n = rnd.between(1, 4); n > 0; --n) {
            CamtEntry e{"R" + std::to_string(++entry), decimal(rnd.between(1, 700000))};
            if (rnd.chance(60)) e.reference = fi_payment_id(rnd.pick(claims));
            e.payer = rnd.chance(50) ? "Familie" : "Ukendt";
            entries.push_back(e);
        }
        files.push_back(camt054("M" + std::to_string(files.size() + 1), entries));
        attempt([&](soci::session& sql) { app::import_camt(sql, finance_actor(kFinance), files.back(), "f", kToday); });
    }

    void import_again() {
        if (files.empty()) return;
        const long long rows = w.count("receipts") + w.count("claim_events") + w.count("camt_files");
        CHECK_FALSE(attempt([&](soci::session& sql) {
            app::import_camt(sql, finance_actor(kFinance), rnd.pick(files), "f", kToday);
        }));
        CHECK(w.count("receipts") + w.count("claim_events") + w.count("camt_files") == rows);
    }

    void assign() {
        long long receipts = w.count("receipts");
        if (receipts == 0) return;
        Id receipt = w.number("SELECT MIN(id) FROM receipts") + rnd.between(0, receipts - 1);
        std::optional<Money> amount;
        if (rnd.chance(50)) amount = Money::ore(rnd.between(1, 500000));
        attempt([&](soci::session& sql) {
            app::assign_receipt(sql, finance_actor(kFinance), receipt, rnd.pick(claims), amount, kToday);
        });
    }

    void write_off() {
        Id claim = rnd.pick(claims);
        Id prepared = 0;
        attempt([&](soci::session& sql) {
            prepared = app::prepare_write_off(sql, finance_actor(kFinance), claim, Money::ore(rnd.between(1, 300000)),
                                              "prøve", kToday);
        });
        if (prepared && rnd.chance(70))
            attempt([&](soci::session& sql) {
                app::approve_write_off(sql, finance_actor(kFinance2), claim, prepared, kToday);
            });
    }

    void pay_month() {
        if (next_month > 12) return;
        Month m = month(2025, next_month++);
        w.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, finance_actor(kFinance), m, example_rates()); });
        w.db().in_transaction([&](soci::session& s) { app::approve_payout(s, finance_actor(kFinance2), m); });
        w.db().in_transaction([&](soci::session& s) {
            app::payout_bank_files(s, finance_actor(kFinance), m, app::load_debtor("config"), first_day(m), "b");
        });
    }
};

// The invariants, from the rows by plain SQL against the service's view.
void check_books(ReconcileWorld& w, const std::vector<Id>& claims) {
    for (Id id : claims) {
        app::ClaimView v;
        w.db().in_transaction([&](soci::session& sql) { v = app::claim_view(sql, id, kToday); });
        const std::string of = " FROM claim_events WHERE claim_id = " + std::to_string(id);
        long long paid = w.number("SELECT COALESCE(SUM(amount_ore), 0)" + of + " AND kind = 'payment'");
        long long set_off = w.number("SELECT COALESCE(SUM(amount_ore), 0)" + of + " AND kind = 'set_off'");
        long long written = w.number("SELECT COALESCE(SUM(p.amount_ore), 0) FROM claim_events p JOIN claim_events a"
                                     " ON a.source_id = p.id AND a.kind = 'write_off_approved' WHERE p.claim_id = " +
                                     std::to_string(id) + " AND p.kind = 'write_off_prepared'");
        long long claimed = w.number("SELECT amount_ore FROM claims WHERE id = " + std::to_string(id));
        CHECK(v.status.paid.ore() == paid);
        CHECK(v.status.set_off.ore() == set_off);
        CHECK(v.status.written_off.ore() == written);
        CHECK(v.status.balance.ore() - v.status.surplus.ore() == claimed - paid - set_off - written);
        CHECK(v.status.balance.ore() >= 0);
    }
    // A receipt never settles more than it brought.
    CHECK(w.number("SELECT COUNT(*) FROM receipts r WHERE r.amount_ore < (SELECT COALESCE(SUM(e.amount_ore), 0)"
                   " FROM claim_events e WHERE e.kind = 'payment' AND e.source_id = r.id)") == 0);
    // A set-off line settles exactly what it withheld, once.
    CHECK(w.number("SELECT COUNT(*) FROM payout_lines l WHERE l.kind = 'set_off' AND EXISTS (SELECT 1 FROM"
                   " claim_events e WHERE e.kind = 'set_off' AND e.source_id = l.id) AND -l.amount_ore <>"
                   " (SELECT SUM(e.amount_ore) FROM claim_events e WHERE e.kind = 'set_off' AND e.source_id = l.id)") ==
          0);
    CHECK(w.number("SELECT COUNT(*) FROM receipts") ==
          w.number("SELECT COUNT(DISTINCT entry_ref) FROM receipts"));
}

} // namespace

TEST_CASE("property: balance = claimed − paid − set off − written off, nothing counted twice", "[claims][property]") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        ReconcileWorld w("claims_property_" + std::to_string(seed));
        w.add_child("Bo", "020316-1235", day(2016, 3, 2), "BEV-2", 1000);
        w.work_every_month(5000);
        w.pay_months(12);
        w.sql() << "UPDATE families SET name = 'Familie'";
        w.db().in_transaction([&](soci::session& sql) {
            app::reconcile_year(sql, finance_actor(kFinance), 2024, w.family, true, day(2025, 1, 2));
        });
        app::SeededRandom rnd(seed);
        Step step{w, rnd, {}, {}};
        soci::rowset<long long> ids = w.sql().prepare << "SELECT id FROM claims ORDER BY id";
        for (long long id : ids) step.claims.push_back(id);
        REQUIRE(step.claims.size() == 2);
        for (int i = 0; i < 30; ++i) {
            switch (rnd.between(0, 4)) {
            case 0: step.import_file(); break;
            case 1: step.import_again(); break;
            case 2: step.assign(); break;
            case 3: step.write_off(); break;
            case 4: step.pay_month(); break;
            }
            check_books(w, step.claims);
        }
    }
}
