// Reminders and hand-over (app/claims_overdue.h) with the policy's 2
// reminders 14 days apart and 30 days to pay.
#include <catch2/catch.hpp>

#include "app/claims_overdue.h"
#include "app/reconciliation_service.h"
#include "domain/errors.h"
#include "claim_world.h"
#include "reconcile_world.h"
#include "test_actor.h"
#include "test_dates.h"

using namespace hjt;
using namespace hjt::test;

namespace {

using hjt::testing::ymd;

} // namespace

TEST_CASE("reminders after the due date, spaced, after the last, the hand-over export, each recorded once",
          "[claims][overdue]") {
    ReconcileWorld w("claims_overdue");
    make_claim(w, ymd(2025, 2, 1));
    auto remind = [&](Date d) {
        std::vector<app::ReminderSent> sent;
        w.db().in_transaction([&](soci::session& sql) { sent = app::record_reminders(sql, finance_actor(kFinance), d); });
        return sent;
    };
    auto hand_over = [&](Date d, const app::User& who = finance_actor(kFinance)) {
        app::Handover h;
        w.db().in_transaction([&](soci::session& sql) { h = app::hand_over(sql, who, d); });
        return h;
    };
    // Due 3 March: the first reminder falls due 17 March.
    CHECK(remind(ymd(2025, 3, 16)).empty());
    auto first = remind(ymd(2025, 3, 17));
    REQUIRE(first.size() == 1);
    CHECK(first[0].number == 1);
    CHECK(first[0].balance == Money::kroner(11700));
    CHECK(remind(ymd(2025, 3, 17)).empty());  // the same day again: nothing more
    CHECK(remind(ymd(2025, 3, 31)).size() == 1);
    CHECK(remind(ymd(2025, 4, 30)).empty());  // two is the policy's count
    CHECK(hand_over(ymd(2025, 4, 13)).claims.empty());
    CHECK_THROWS_AS(hand_over(ymd(2025, 4, 14), caseworker_actor("sag")), Forbidden);
    auto h = hand_over(ymd(2025, 4, 14));
    REQUIRE(h.claims.size() == 1);
    CHECK(h.claims[0].status.state == ClaimState::handed_over);
    CHECK(h.csv.find("krav_id;skyldner_navn;skyldner_cvr;grundlag;hovedstol") == 0);
    CHECK(h.csv.find(";11700.00;0.00;0.00;0.00;11700.00;DKK;2025-02-01;2025-03-03;2;2025-03-31;") != std::string::npos);
    CHECK(hand_over(ymd(2025, 5, 1)).claims.empty());
    CHECK(w.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'claim' AND action IN ('remind', 'handover')") == 3);
}
