// Claims from the final reconciliation (app/claims_service.h): created in the
// same transaction as the ledger posting, seen by finance and the own family
// only, instalment plans, write-offs with four eyes, all audited.
#include <catch2/catch.hpp>

#include "app/claims_service.h"
#include "app/reconciliation_service.h"
#include "domain/errors.h"
#include "domain/payment_reference.h"
#include "claim_world.h"
#include "reconcile_world.h"
#include "test_actor.h"
#include "test_dates.h"

using namespace hjt;
using namespace hjt::test;

namespace {

const Date kFinalDay = Date{date::year{2025}, date::month{2}, date::day{1}};

using hjt::testing::ymd;

// A year with 10 % of the hours unused, made final on 1 February 2025: a claim of 11.700,00 kr.
struct ClaimWorld {
    ReconcileWorld w;
    Id claim = 0;
    explicit ClaimWorld(const std::string& name) : w(name) { claim = make_claim(w, kFinalDay); }
    template <typename Work>
    auto in(Work work) {
        decltype(work(std::declval<soci::session&>())) out;
        w.db().in_transaction([&](soci::session& sql) { out = work(sql); });
        return out;
    }
};

} // namespace

TEST_CASE("a final reconciliation ending in a repayment claim creates the claim, sealed in the same entry",
          "[claims]") {
    ClaimWorld c("claims_created");
    REQUIRE(c.claim > 0);
    CHECK(c.w.number("SELECT amount_ore FROM claims") == 1170000);
    CHECK(c.w.number("SELECT COUNT(*) FROM claims c JOIN ledger_postings p ON p.id = c.ledger_posting_id"
                     " WHERE p.amount_ore = -c.amount_ore AND p.kind = 'repayment_claim'") == 1);
    // Sealed by the family's "finalise" entry.
    CHECK(c.w.number("SELECT COUNT(*) FROM audit_rows r JOIN audit_log a ON a.id = r.audit_id"
                     " WHERE r.table_name = 'claims' AND a.action = 'finalise'") == 1);
    auto view = c.in([&](soci::session& sql) { return app::show_claim(sql, finance_actor(kFinance), c.claim, kFinalDay); });
    CHECK(view.claim.issued == kFinalDay);
    CHECK(view.claim.due == ymd(2025, 3, 3));  // 30 days (config/policy.properties claims.due_days)
    CHECK(view.claim.payment_id == fi_payment_id(c.claim));
    CHECK(view.status.state == ClaimState::open);
    CHECK(view.status.balance == Money::kroner(11700));
    // Made final again: nothing new.
    c.w.db().in_transaction([&](soci::session& sql) {
        app::reconcile_year(sql, finance_actor(kFinance), 2024, c.w.family, true, kFinalDay);
    });
    CHECK(c.w.count("claims") == 1);
}

TEST_CASE("a year used as approved makes no claim", "[claims]") {
    ReconcileWorld w("claims_none");
    w.work_every_month(6500);
    w.pay_months(12);
    w.db().in_transaction([&](soci::session& sql) {
        app::reconcile_year(sql, finance_actor(kFinance), 2024, w.family, true, kFinalDay);
    });
    CHECK(w.count("claims") == 0);
}

TEST_CASE("a family sees its own claim, another family's is not found, finance sees all", "[claims]") {
    ClaimWorld c("claims_visibility");
    auto own = c.in([&](soci::session& sql) {
        return app::list_claims(sql, family_actor("fam", c.w.family), std::nullopt, kFinalDay);
    });
    CHECK(own.size() == 1);
    auto other = family_actor("andre", c.w.family + 1000);
    CHECK(c.in([&](soci::session& sql) { return app::list_claims(sql, other, c.w.family, kFinalDay); }).empty());
    CHECK_THROWS_AS(c.in([&](soci::session& sql) { return app::show_claim(sql, other, c.claim, kFinalDay); }), NotFound);
    CHECK(c.in([&](soci::session& sql) {
              return app::list_claims(sql, finance_actor(kFinance), std::nullopt, kFinalDay);
          }).size() == 1);
    CHECK_THROWS_AS(c.in([&](soci::session& sql) {
                        return app::add_plan(sql, caseworker_actor("sag"), c.claim, Money::kroner(1000), kFinalDay,
                                             kFinalDay);
                    }),
                    Forbidden);
}

TEST_CASE("a write-off counts only when a second finance user approves it", "[claims]") {
    ClaimWorld c("claims_write_off");
    auto prepare = [&](Money amount, std::string reason, const char* who = kFinance) {
        return c.in([&](soci::session& sql) {
            return app::prepare_write_off(sql, finance_actor(who), c.claim, amount, reason, kFinalDay);
        });
    };
    CHECK_THROWS_AS(prepare(Money::kroner(100), " "), ValidationError);
    CHECK_THROWS_AS(prepare(Money::kroner(11701), "for meget"), ValidationError);
    Id prepared = prepare(Money::kroner(700), "Bagatelgrænse");
    CHECK_THROWS_AS(prepare(Money::kroner(11001), "mere end der er tilbage"), ValidationError);
    auto approve = [&](const char* who) {
        return c.in([&](soci::session& sql) {
            return app::approve_write_off(sql, finance_actor(who), c.claim, prepared, kFinalDay);
        });
    };
    CHECK_THROWS_AS(approve(kFinance), Conflict);  // the preparer
    auto after = approve(kFinance2);
    CHECK(after.status.written_off == Money::kroner(700));
    CHECK(after.status.balance == Money::kroner(11000));
    CHECK_THROWS_AS(approve(kFinance2), NotFound);  // approved once
    CHECK(c.w.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'claim'") == 2);
    CHECK(c.w.number("SELECT COUNT(*) FROM audit_rows WHERE table_name = 'claim_events'") == 2);
}

TEST_CASE("an instalment plan: kept, the claim is in instalments, a plan that is no plan is refused", "[claims]") {
    ClaimWorld c("claims_plan");
    auto plan = [&](Money per_month) {
        return c.in([&](soci::session& sql) {
            return app::add_plan(sql, finance_actor(kFinance), c.claim, per_month, ymd(2025, 4, 1), ymd(2025, 3, 20));
        });
    };
    CHECK_THROWS_AS(plan(Money()), ValidationError);
    auto v = plan(Money::kroner(1000));
    CHECK(v.status.state == ClaimState::in_instalments);
    auto later = c.in([&](soci::session& sql) { return app::claim_view(sql, c.claim, ymd(2025, 4, 2)); });
    CHECK(later.status.state == ClaimState::overdue);  // the first 1.000 kr not paid
}
