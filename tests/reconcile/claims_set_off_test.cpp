// Set-off (modregning) of a claim in the next year's payout runs
// (app/claims_set_off.h, domain/payout_set_off.h): the policy's 25 % of the
// month's a-conto, its own line in the run and on the ledger, frozen by the
// approval, settling the claim only when the bank files are made.
#include <catch2/catch.hpp>

#include "app/claims_service.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "app/payout_service.h"
#include "app/reconciliation_service.h"
#include "payout/payout_domain_fixtures.h"
#include "reconcile_world.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

struct SetOffWorld {
    ReconcileWorld w;
    Id claim = 0;
    explicit SetOffWorld(const std::string& name) : w(name) {
        w.work_every_month(5850);
        w.pay_months(12);
        w.db().in_transaction([&](soci::session& sql) {
            app::reconcile_year(sql, finance_actor(kFinance), 2024, w.family, true, day(2025, 1, 2));
        });
        claim = w.number("SELECT id FROM claims");
    }
    void prepare_and_approve(unsigned m) {
        w.db().in_transaction([&](soci::session& s) {
            app::prepare_payout(s, finance_actor(kFinance), month(2025, m), example_rates());
        });
        w.db().in_transaction([&](soci::session& s) { app::approve_payout(s, finance_actor(kFinance2), month(2025, m)); });
    }
    void bank_files(unsigned m) {
        w.db().in_transaction([&](soci::session& s) {
            app::payout_bank_files(s, finance_actor(kFinance), month(2025, m), app::load_debtor("config"),
                                   day(2025, m, 1), "bank");
        });
    }
    Money balance() {
        app::ClaimView v;
        w.db().in_transaction([&](soci::session& sql) { v = app::claim_view(sql, claim, day(2025, 6, 1)); });
        return v.status.balance;
    }
};

} // namespace

TEST_CASE("a run sets off at most the policy's share of the month's a-conto as its own line; the export settles it",
          "[claims][setoff]") {
    SetOffWorld s("claims_set_off");
    s.prepare_and_approve(1);
    // 65 h × 150,00 kr = 9.750,00 kr; 25 % of it = 2.437,50 kr withheld.
    CHECK(s.w.number("SELECT amount_ore FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                     " WHERE r.month = '2025-01' AND l.kind = 'set_off'") == -243750);
    CHECK(s.w.number("SELECT amount_ore FROM ledger_postings WHERE kind = 'set_off'") == -243750);
    CHECK(s.balance() == Money::kroner(11700));  // approved, not yet paid: the claim is not settled yet

    // The next run sets off from what is open less what the approved run withholds.
    s.prepare_and_approve(2);
    CHECK(s.w.number("SELECT COUNT(*) FROM payout_lines WHERE kind = 'set_off'") == 2);

    s.bank_files(1);
    CHECK(s.balance() == Money::ore(1170000 - 243750));
    CHECK(s.w.number("SELECT amount_ore FROM ledger_postings WHERE kind = 'claim_set_off'") == 243750);
    s.bank_files(1);  // again: settled once
    CHECK(s.balance() == Money::ore(1170000 - 243750));
    CHECK(s.w.number("SELECT COUNT(*) FROM claim_events WHERE kind = 'set_off'") == 1);
    s.bank_files(2);
    CHECK(s.balance() == Money::ore(1170000 - 2 * 243750));
    CHECK(s.w.number("SELECT COUNT(*) FROM audit_log WHERE action = 'settle-set-off'") == 2);
    // On the ledger the claim, its set-offs and their settlement add up: withheld once.
    CHECK(s.w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind IN ('set_off', 'claim_set_off')") == 0);
}

TEST_CASE("nothing is set off beyond the claim: the last month withholds only what is open", "[claims][setoff]") {
    SetOffWorld s("claims_set_off_end");
    for (unsigned m = 1; m <= 6; ++m) {
        s.prepare_and_approve(m);
        s.bank_files(m);
    }
    // 4 × 2.437,50 = 9.750,00; the fifth month sets off the remaining 1.950,00; the sixth nothing.
    CHECK(s.balance() == Money());
    CHECK(s.w.number("SELECT SUM(amount_ore) FROM payout_lines WHERE kind = 'set_off'") == -1170000);
    CHECK(s.w.number("SELECT COUNT(*) FROM payout_lines WHERE kind = 'set_off'") == 5);
    app::ClaimView v;
    s.w.db().in_transaction([&](soci::session& sql) { v = app::claim_view(sql, s.claim, day(2025, 7, 1)); });
    CHECK(v.status.state == ClaimState::set_off);
}
