// Reconciling a stored year: drafts, making it final (ledger posting, closed
// year, audit), running it again, and every change to a closed year refused.
#include <catch2/catch.hpp>

#include "app/reconciliation_service.h"
#include "app/register_service.h"
#include "app/shift_service.h"
#include "app/payout_service.h"
#include "domain/errors.h"
#include "payout/cli_runner.h"
#include "payout/payout_domain_fixtures.h"
#include "reconcile_world.h"
#include "store/closed_years.h"
#include "store/rates_store.h"
#include "store/reconciliation_store.h"
#include "store/register_repository.h"
#include "store/sql_dialect.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

const Date kAfterTheYear = day(2025, 2, 1);

app::ReconcileReport reconcile(ReconcileWorld& w, bool make_final, Date today = kAfterTheYear,
                               const app::User& actor = test::finance_actor(kFinance)) {
    app::ReconcileReport report;
    w.db().in_transaction([&](soci::session& sql) {
        report = app::reconcile_year(sql, actor, 2024, w.family, make_final, today);
    });
    return report;
}

// The conflict's message, or "" when `work` succeeds.
template <typename Work>
std::string conflict(ReconcileWorld& w, Work work) {
    try {
        w.db().in_transaction(work);
    } catch (const Conflict& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("a draft of a year used as approved owes 0 and is stored, audited, posts nothing", "[reconcile]") {
    ReconcileWorld w("reconcile_zero");
    w.work_every_month(6500);
    w.pay_months(12);
    auto report = reconcile(w, false);
    REQUIRE(report.reconciliations.size() == 1);
    const auto& r = report.reconciliations[0];
    CHECK(r.status == ReconciliationStatus::draft);
    CHECK(r.figures.used_hours == Hours::hundredths(78000));
    CHECK(r.figures.received.total() == Money::kroner(117000));
    CHECK(r.figures.balance == Money());
    CHECK(r.figures.months.size() == 12);
    CHECK(w.number("SELECT COUNT(*) FROM ledger_postings WHERE kind NOT IN ('helper', 'fixed')") == 0);
    CHECK(w.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'reconciliation' AND action = 'draft'") == 1);
    CHECK_FALSE(store::year_closed(w.sql(), w.family, 2024));
    // A draft again replaces the draft.
    reconcile(w, false);
    CHECK(w.count("reconciliations") == 1);
    CHECK(w.count("reconciliation_months") == 12);
}

TEST_CASE("a draft stores a received row only for the kinds the child received, the others read back as zero",
          "[reconcile]") {
    ReconcileWorld w("reconcile_received_rows");
    w.work_every_month(6500);
    w.pay_months(12);
    reconcile(w, false);
    CHECK(w.number("SELECT COUNT(*) FROM reconciliation_received") == 1);
    CHECK(w.number("SELECT COUNT(*) FROM reconciliation_received WHERE kind = 'helper'") == 1);
    const auto stored = store::list_reconciliations(w.sql(), 2024, w.family);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].figures.received[LineKind::helper] == Money::kroner(117000));
    CHECK(stored[0].figures.received[LineKind::expense] == Money());
    CHECK(stored[0].figures.received.total() == Money::kroner(117000));
}

TEST_CASE("final posts exactly the balance to the ledger, closes the year, and running it again changes nothing",
          "[reconcile]") {
    ReconcileWorld w("reconcile_final");
    w.work_every_month(5850);  // 10 % unused
    w.pay_months(12);
    auto report = reconcile(w, true);
    REQUIRE(report.reconciliations.size() == 1);
    const auto& r = report.reconciliations[0];
    CHECK(r.status == ReconciliationStatus::final);
    CHECK(r.figures.balance == Money::kroner(11700));
    CHECK(r.figures.outcome == ReconciliationOutcome::repayment_claim);
    REQUIRE(r.ledger_posting_id);
    CHECK(w.number("SELECT amount_ore FROM ledger_postings WHERE kind = 'repayment_claim'") == -1170000);
    // After the claim, the year's postings add up to what was eligible.
    CHECK(w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE month_concerned LIKE '2024-%'") ==
          r.figures.eligible.ore());
    CHECK(store::year_closed(w.sql(), w.family, 2024));
    CHECK(report.families_closed == 1);

    long long audit = w.count("audit_log"), postings = w.count("ledger_postings");
    auto again = reconcile(w, true);
    CHECK(again.computed == 0);
    CHECK(again.already_final == 1);
    auto draft = reconcile(w, false);
    CHECK(draft.computed == 0);
    CHECK(w.count("audit_log") == audit);
    CHECK(w.count("ledger_postings") == postings);
    CHECK(w.count("reconciliations") == 1);
    CHECK(draft.reconciliations[0].figures.balance == Money::kroner(11700));
}

TEST_CASE("close_years closes the year of many families once, closing again changes nothing", "[reconcile]") {
    ReconcileWorld w("close_years");
    w.sql() << "INSERT INTO families (name, cvr, bank_reg, bank_account) VALUES ('Anden', '12345679', '1234', '7654321')";
    const Id other = store::last_insert_id(w.sql(), "families");
    store::close_year(w.sql(), w.family, 2024, "2025-01-31T12:00:00Z", "test");
    store::close_years(w.sql(), {w.family, other}, 2024, "2025-02-01T12:00:00Z", "test");
    store::close_years(w.sql(), {w.family, other}, 2024, "2025-02-02T12:00:00Z", "test");
    CHECK(w.count("closed_years") == 2);
    CHECK(store::year_closed(w.sql(), other, 2024));
    CHECK_FALSE(store::year_closed(w.sql(), other, 2023));
    CHECK(w.number("SELECT COUNT(*) FROM closed_years WHERE closed_at = '2025-01-31T12:00:00Z'") == 1);
    CHECK(w.number("SELECT COUNT(*) FROM closed_years WHERE closed_at = '2025-02-01T12:00:00Z'") == 1);
}

TEST_CASE("final needs a finance user and a year that is over", "[reconcile]") {
    ReconcileWorld w("reconcile_final_rules");
    w.pay_months(1);
    CHECK_THROWS_AS(reconcile(w, true, kAfterTheYear, test::caseworker_actor("sagsbehandler")), Forbidden);
    CHECK_THROWS_AS(reconcile(w, true, day(2024, 7, 1)), Conflict);
    CHECK(w.count("reconciliations") == 0);
    CHECK(w.count("closed_years") == 0);
}

TEST_CASE("an open year's draft carries a forecast at the pace so far", "[reconcile]") {
    ReconcileWorld w("reconcile_forecast");
    w.work_every_month(3250);  // half the approved hours
    w.pay_months(6);
    auto report = reconcile(w, false, day(2024, 7, 15));
    const auto& r = report.reconciliations.at(0).figures;
    REQUIRE(r.forecast);
    CHECK(r.forecast->elapsed_through == month(2024, 6));
    CHECK(r.forecast->pace == Rate::basis_points(5000));
    CHECK(r.forecast->expected_balance == Money::kroner(58500));
}

TEST_CASE("changes to a closed year are refused: shifts, expenses, payout lines", "[reconcile]") {
    ReconcileWorld w("reconcile_closed");
    w.work_every_month(6500);
    w.pay_months(11);
    // December is prepared before the year is closed, approved after.
    w.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, test::finance_actor(kFinance), month(2024, 12), example_rates()); });
    Id submitted = w.expense(2024, "Træningsredskaber", ExpenseStatus::submitted);
    reconcile(w, true);
    REQUIRE(store::year_closed(w.sql(), w.family, 2024));
    Policy policy = store::load_policy(w.sql(), Date{date::year{2026} / 1 / 1});

    std::string shift = conflict(w, [&](soci::session& s) {  // after the day's stored 08:00–16:00
        app::add_shift(s, test::caseworker_actor("familie"), w.helper, ShiftTimes{day(2024, 12, 3), 17 * 60, 19 * 60}, policy);
    });
    CHECK(shift.find("året 2024 er afsluttet") != std::string::npos);

    std::string expense = conflict(w, [&](soci::session& s) {
        Expense e;
        e.family_id = w.family;
        e.child_id = w.child;
        e.date = day(2024, 11, 1);
        e.category = "Træningsredskaber";
        e.amount = Money::kroner(500);
        e.document_ref = "BILAG-7";
        app::create_expense(s, test::caseworker_actor("familie"), e);
    });
    CHECK(expense.find("året 2024 er afsluttet") != std::string::npos);
    CHECK(conflict(w, [&](soci::session& s) {
              app::decide_expense(s, test::finance_actor(kFinance), submitted, ExpenseStatus::approved, "");
          }).find("2024") != std::string::npos);

    std::string payout = conflict(w, [&](soci::session& s) { app::approve_payout(s, test::finance_actor(kFinance2), month(2024, 12)); });
    CHECK(payout.find("året 2024 er afsluttet") != std::string::npos);
    // Prepared again, the run has no a-conto or adjustment lines for the closed year, only the
    // top-up the final reconciliation found (December worked, not paid: 9.750,00 kr).
    w.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, test::finance_actor(kFinance), month(2024, 12), example_rates()); });
    CHECK(w.number("SELECT COUNT(*) FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                   " WHERE r.month = '2024-12' AND l.kind <> 'top_up_payment'") == 0);
    CHECK(w.number("SELECT SUM(l.amount_ore) FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                   " WHERE r.month = '2024-12' AND l.kind = 'top_up_payment'") == 975000);

    // The next year is open.
    CHECK(conflict(w, [&](soci::session& s) {
              app::add_shift(s, test::caseworker_actor("familie"), w.helper, ShiftTimes{day(2025, 1, 7), 9 * 60, 12 * 60}, policy);
          }) == "");
}

TEST_CASE("an expense in an excluded category is refused with its reason when submitted or approved",
          "[reconcile]") {
    ReconcileWorld w("reconcile_excluded");
    Expense e;
    e.family_id = w.family;
    e.child_id = w.child;
    e.date = day(2025, 3, 1);
    e.category = "Kursus i udlandet";
    e.amount = Money::kroner(12495);
    e.document_ref = "BILAG-9";
    try {
        w.db().in_transaction([&](soci::session& s) { app::create_expense(s, test::caseworker_actor("familie"), e); });
        FAIL("an expense for a course abroad was accepted");
    } catch (const ValidationError& error) {
        CHECK(error.field() == "category");
        CHECK(std::string(error.what()).find("Kurser i udlandet dækkes ikke (Barnets Lov § 85)") != std::string::npos);
    }
    CHECK(w.count("expenses") == 0);

    Id treatment = w.expense(2025, "behandling", ExpenseStatus::submitted);  // stored before the rule
    CHECK_THROWS_AS(w.db().in_transaction([&](soci::session& s) {
        app::decide_expense(s, test::finance_actor(kFinance), treatment, ExpenseStatus::approved, "");
    }),
                    ValidationError);
    w.db().in_transaction([&](soci::session& s) {
        app::decide_expense(s, test::finance_actor(kFinance), treatment, ExpenseStatus::rejected, "Behandling dækkes ikke");
    });
    CHECK(store::find_expense(w.sql(), treatment)->status == ExpenseStatus::rejected);
}

TEST_CASE("hjt reconcile: a draft for one family as JSON, final as a finance user, a usage error without --year",
          "[reconcile][cli]") {
    ReconcileWorld w("reconcile_cli");
    w.work_every_month(5850);
    w.pay_months(12);
    const std::string family = " --family " + std::to_string(w.family);
    CHECK(run_hjt(test::finance_actor(kFinance), w.path(), "reconcile" + family).exit_code == 2);
    auto draft = run_hjt(test::finance_actor(kFinance), w.path(), "reconcile --year 2024 --json" + family);
    CHECK(draft.exit_code == 0);
    CHECK(draft.out.find("repayment_claim") != std::string::npos);
    CHECK(draft.out.find("1170000") != std::string::npos);  // the balance in øre
    CHECK(run_hjt(test::caseworker_actor("sagsbehandler"), w.path(), "reconcile --year 2024 --final" + family).exit_code ==
          5);
    auto final = run_hjt(test::finance_actor(kFinance), w.path(), "reconcile --year 2024 --final" + family);
    CHECK(final.exit_code == 0);
    CHECK(final.out.find("1 familier lukket") != std::string::npos);
    CHECK(final.out.find(" bogført på konti (negativt: tilbagebetalingskrav)\n") != std::string::npos);
    // The text mode in Danish (issue 19): the child's year, its state and outcome by their Danish names,
    // the balance 11.700,00 kr the family repays; the ledger names the settlement's kind.
    auto text = run_hjt(test::finance_actor(kFinance), w.path(), "reconcile --year 2024" + family);
    CHECK(text.out.find("[Endelig]: timer ") != std::string::npos);
    CHECK(text.out.find(", saldo 11.700,00 kr -> Tilbagebetalingskrav\n") != std::string::npos);
    CHECK(text.out.find("årsopgørelse 2024 som kladde: 0 børn beregnet, 1 allerede endelige (uændret); "
                        "saldo i alt 11.700,00 kr\n") != std::string::npos);
    auto ledger = run_hjt(test::finance_actor(kFinance), w.path(), "ledger" + family);
    CHECK(ledger.out.find("Årsopgørelse: Tilbagebetalingskrav") != std::string::npos);
    CHECK(ledger.out.find("-11.700,00") != std::string::npos);
    CHECK(w.number("SELECT amount_ore FROM ledger_postings WHERE kind = 'repayment_claim'") == -1170000);
}
