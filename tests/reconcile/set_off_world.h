// A claim of 11.700,00 kr issued 2 January 2025 (claim_world.h) with the 2025
// payout runs that set it off (app/claims_set_off.h): the policy's 25 % of the
// month's a-conto, 2.437,50 kr, settled when the month's bank files are made.
#pragma once

#include "app/claims_service.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "app/payout_service.h"
#include "claim_world.h"
#include "payout/payout_domain_fixtures.h"
#include "reconcile_world.h"
#include "test_actor.h"

namespace hjt::test {

struct SetOffWorld {
    ReconcileWorld w;
    Id claim = 0;
    explicit SetOffWorld(const std::string& name) : w(name), claim(make_claim(w, day(2025, 1, 2))) {}
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

} // namespace hjt::test
