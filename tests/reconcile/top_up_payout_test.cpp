// A top-up (efterbetaling, issue 21): a final reconciliation that ends with
// the municipality owing the family is paid by the next run as its own line
// (domain/payout_top_up.h, store/top_up_store.h), once; a family without an
// account has it held back and owed, then paid by the run after the account.
#include <catch2/catch.hpp>

#include "app/payout_service.h"
#include "app/postings_service.h"
#include "app/reconciliation_service.h"
#include "payout/payout_domain_fixtures.h"
#include "reconcile_world.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// Every month of 2024 worked in full (65 h × 150,00 kr = 9.750,00 kr) but
// only January to November paid: the final reconciliation owes 9.750,00 kr.
struct TopUpWorld {
    ReconcileWorld w;
    explicit TopUpWorld(const std::string& name) : w(name) {
        w.work_every_month(6500);
        w.pay_months(11);
        w.db().in_transaction([&](soci::session& sql) {
            app::reconcile_year(sql, finance_actor(kFinance), 2024, w.family, true, day(2025, 1, 2));
        });
    }
    void prepare_and_approve(unsigned m) {
        w.db().in_transaction([&](soci::session& s) {
            app::prepare_payout(s, finance_actor(kFinance), month(2025, m), example_rates());
        });
        w.db().in_transaction([&](soci::session& s) { app::approve_payout(s, finance_actor(kFinance2), month(2025, m)); });
    }
    long long top_up_lines(const std::string& run_month, const std::string& what = "SUM(l.amount_ore)") {
        return w.number("SELECT COALESCE(" + what + ", 0) FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                        " WHERE r.month = '" + run_month + "' AND l.kind = 'top_up_payment'");
    }
};

} // namespace

TEST_CASE("a top-up is paid by the next run as its own line, once, and the ledger counts it once", "[topup]") {
    TopUpWorld t("top_up_paid");
    REQUIRE(t.w.number("SELECT settlement_ore FROM reconciliations WHERE outcome = 'top_up'") == 975000);
    t.prepare_and_approve(1);
    CHECK(t.top_up_lines("2025-01") == 975000);
    CHECK(t.w.number("SELECT COUNT(*) FROM payout_lines WHERE kind = 'top_up_payment' AND month_concerned = '2024-12'"
                     " AND held_back = ''") == 1);
    // The settlement (when made final), the payment and its counter posting: counted once.
    CHECK(t.w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind = 'top_up'") == 975000);
    CHECK(t.w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind = 'top_up_payment'") == 975000);
    CHECK(t.w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind = 'top_up_paid'") == -975000);
    // Sealed with the approval: the counter posting carries the run's id.
    CHECK(t.w.number("SELECT COUNT(*) FROM ledger_postings WHERE kind = 'top_up_paid' AND run_id IS NOT NULL") == 1);

    t.prepare_and_approve(2);
    CHECK(t.top_up_lines("2025-02", "COUNT(*)") == 0);  // paid once only
}

TEST_CASE("a draft run's top-up is not taken: preparing again pays it still", "[topup]") {
    TopUpWorld t("top_up_draft");
    t.w.db().in_transaction([&](soci::session& s) {
        app::prepare_payout(s, finance_actor(kFinance), month(2025, 1), example_rates());
    });
    CHECK(t.top_up_lines("2025-01") == 975000);
    t.prepare_and_approve(1);  // prepared again, then approved
    CHECK(t.top_up_lines("2025-01") == 975000);
}

TEST_CASE("a family without an account: the top-up is held back, owed, and paid once the account is there",
          "[topup]") {
    TopUpWorld t("top_up_held");
    t.w.sql() << "UPDATE families SET bank_reg = NULL, bank_account = NULL";
    t.prepare_and_approve(1);
    CHECK(t.w.number("SELECT COUNT(*) FROM payout_lines WHERE kind = 'top_up_payment' AND held_back <> ''"
                     " AND amount_ore = 975000") == 1);
    CHECK(t.w.number("SELECT COUNT(*) FROM ledger_postings WHERE kind IN ('top_up_payment', 'top_up_paid')") == 0);
    CHECK(t.w.number("SELECT COUNT(*) FROM payout_flags f JOIN payout_runs r ON r.id = f.run_id"
                     " WHERE r.month = '2025-01' AND f.code = 'missing_bank_account'") == 1);

    t.prepare_and_approve(2);  // still no account: owed, not taken again as a new top-up
    CHECK(t.top_up_lines("2025-02", "COUNT(*)") == 0);

    t.w.sql() << "UPDATE families SET bank_reg = '1234', bank_account = '0012345678'";
    t.prepare_and_approve(3);  // released: the held line is paid, once
    CHECK(t.w.number("SELECT COUNT(*) FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                     " WHERE r.month = '2025-03' AND l.kind = 'top_up_payment' AND l.held_back = ''"
                     " AND l.released_line_id IS NOT NULL AND l.amount_ore = 975000") == 1);
    CHECK(t.w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind IN ('top_up', 'top_up_payment',"
                     " 'top_up_paid')") == 975000);
}

TEST_CASE("the postings journal books the top-up line on its account and still ties to the run", "[topup][postings]") {
    TopUpWorld t("top_up_postings");
    t.prepare_and_approve(1);
    t.w.db().in_transaction([&](soci::session& sql) {
        const auto j = app::postings_journal(sql, finance_actor(kFinance), month(2025, 1), app::load_account_map("config"));
        CHECK(j.totals.debit == j.totals.credit);
        CHECK(j.csv.find(";top_up_payment;5.28.21;5.2;9750,00;0,00;Efterbetaling efter årsopgørelsen 2024: 9.750,00 kr")
              != std::string::npos);
    });
}

TEST_CASE("a family whose year is closed still gets its top-up: the run pays that line and nothing else",
          "[topup]") {
    TopUpWorld t("top_up_closed_year");  // 2024 final, December 2024 not yet paid
    REQUIRE(t.w.number("SELECT COUNT(*) FROM closed_years WHERE year = 2024") == 1);
    t.w.db().in_transaction([&](soci::session& s) {
        app::prepare_payout(s, finance_actor(kFinance), month(2024, 12), example_rates());
    });
    t.w.db().in_transaction([&](soci::session& s) { app::approve_payout(s, finance_actor(kFinance2), month(2024, 12)); });
    CHECK(t.top_up_lines("2024-12") == 975000);
    // No a-conto for the closed year: the top-up is the run's only line for the family.
    CHECK(t.w.number("SELECT COUNT(*) FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                     " WHERE r.month = '2024-12'") == 1);
    CHECK(t.w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind = 'top_up_paid'") == -975000);
    t.prepare_and_approve(1);
    CHECK(t.top_up_lines("2025-01", "COUNT(*)") == 0);  // paid once only
}
