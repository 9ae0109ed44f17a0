// Held back, not dropped; no silent catch-up (domain.md §4). A line that
// cannot be paid stays in the run held back, is owed on the family's ledger
// and is paid by the first run after the cause is fixed, naming the run it
// comes from; the run that held it is never rewritten. A month after a month
// of the year without an approved run is refused unless catch-up is asked for.
#include <catch2/catch.hpp>

#include "app/account_verification.h"
#include "app/payout_json.h"
#include "app/register_service.h"
#include "domain/bank_transfer.h"
#include "domain/errors.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/audit_log.h"
#include "store/ledger_store.h"
#include "store/payout_store.h"
#include "store/register_repository.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

PayoutRun stored_run(PayoutRegister& reg, Month m) { return store::load_payout_run(reg.sql(), m); }

std::vector<OwedLine> owed_of(PayoutRegister& reg, Id family) {
    return store::owed_lines(reg.sql(), family)[family];
}

} // namespace

TEST_CASE("a family without an account is held back, owed, and paid by the first run after its account is "
          "registered, naming the run",
          "[payout][held]") {
    PayoutRegister reg("payout_held_family");
    Id with = reg.family("Med konto");
    reg.grant(reg.child(with, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);
    Id without = reg.family("Uden konto", false);
    reg.grant(reg.child(without, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);
    reg.family("Ingen bevilling", false);  // nothing to pay: not in the run

    reg.prepare("anna", month(2024, 4));
    PayoutRun april = stored_run(reg, month(2024, 4));
    REQUIRE(april.lines.size() == 2);  // in the run, not left out
    CHECK(april.lines[1].family_id == without);
    CHECK(april.lines[1].amount == Money::ore(1368250));
    CHECK(april.lines[1].held_back == "ingen bankkonto for familien");
    CHECK(april.header.total == Money::ore(2 * 1368250));
    CHECK(held_back_total(april.lines) == Money::ore(1368250));
    REQUIRE(april.flags.size() == 1);
    CHECK(april.flags[0].code == FlagCode::missing_bank_account);
    CHECK(april.flags[0].message == "Ingen bankkonto registreret for Uden konto: 13.682,50 kr holdes tilbage og "
                                    "udbetales i den første kørsel, efter at kontoen er registreret");
    RunSettlement s = settle_run(april);
    REQUIRE(s.held_back.size() == 1);
    CHECK(total_of(s.held_back) == Money::ore(1368250));  // the run sheet's "Tilbageholdt"
    CHECK(total_of(s.transfers) == Money::ore(1368250));

    reg.approve("bent", month(2024, 4));
    CHECK(store::list_postings(reg.sql(), without).empty());  // not paid ...
    auto owed = owed_of(reg, without);                          // ... but owed
    REQUIRE(owed.size() == 1);
    CHECK(owed[0].run_month == month(2024, 4));
    CHECK(owed[0].line.amount == Money::ore(1368250));
    auto ledger = app::ledger_json(without, {}, owed);
    CHECK(ledger->getValue<long long>("owed_total") == 1368250);

    // Still no account in May: held again, and April stays owed.
    reg.prepare("anna", month(2024, 5));
    reg.approve("bent", month(2024, 5));
    CHECK(owed_of(reg, without).size() == 2);

    reg.db().in_transaction([&](soci::session& sql) {
        Family f = *store::find_family(sql, without);
        f.bank = BankAccount{"1234", "7654321"};
        app::update_family(sql, caseworker_actor("sagsbehandler"), f);
        // Under verification until another finance user confirms it (payout_account_check_test.cpp).
        app::confirm_family_account(sql, finance_actor("carl"), without);
    });
    reg.prepare("anna", month(2024, 6));
    PayoutRun june = stored_run(reg, month(2024, 6));
    std::vector<PayoutLine> mine;
    for (const auto& l : june.lines)
        if (l.family_id == without) mine.push_back(l);
    REQUIRE(mine.size() == 3);  // June's own line and one line for each held-back month; no adjustments
    CHECK(mine[0].kind == LineKind::helper);
    CHECK(mine[0].month_concerned == month(2024, 6));
    CHECK(mine[1].released_from == month(2024, 4));
    CHECK(mine[1].month_concerned == month(2024, 4));
    CHECK(mine[1].amount == Money::ore(1368250));
    CHECK(mine[1].description.rfind("Tilbageholdt i kørsel april 2024, udbetales nu: ", 0) == 0);
    CHECK(mine[2].released_from == month(2024, 5));
    for (const auto& l : mine) CHECK(l.held_back.empty());
    bool released_flag = false;
    for (const auto& f : june.flags)
        if (f.code == FlagCode::held_back_released) {
            released_flag = true;
            CHECK(f.message == "Udbetaler 27.365,00 kr tilbageholdt i kørsel april 2024, maj 2024 for Uden konto");
        }
    CHECK(released_flag);

    reg.approve("bent", month(2024, 6));
    CHECK(owed_of(reg, without).empty());
    CHECK(balance(store::list_postings(reg.sql(), without)) == Money::ore(3 * 1368250));
    // The run that held the lines back is as it was approved.
    PayoutRun april_again = stored_run(reg, month(2024, 4));
    CHECK(store::content_hash(april_again) == april.header.content_hash);
    CHECK(april_again.lines[1].held_back == "ingen bankkonto for familien");

    // Paid once: July pays July only.
    reg.prepare("anna", month(2024, 7));
    long long july_lines = 0;
    for (const auto& l : stored_run(reg, month(2024, 7)).lines) july_lines += l.family_id == without;
    CHECK(july_lines == 1);
    // Prepared again (its draft's lines and payees replaced): every row still verifies.
    reg.prepare("anna", month(2024, 7));

    // The audit chain covers it all: the held-back lines, the lines releasing
    // them and the payees of every run verify against the entries that wrote them.
    store::AuditVerification v = store::verify_audit_chain(reg.sql());
    CHECK(v.ok);
    CHECK(v.findings.empty());
    long long payees = 0;
    reg.sql() << "SELECT COUNT(*) FROM payout_payees", soci::into(payees);
    CHECK(payees > 0);
    CHECK(v.rows_checked >= payees);
}

TEST_CASE("a parent's pension is held with the benefit and both are paid once the parent's account is registered",
          "[payout][held][lost_earnings]") {
    PayoutRegister reg("payout_held_pension");
    Id family = reg.family("Familien A");
    Id child = reg.child(family, day(2015, 6, 1));
    LostEarningsAward a = award_for(child, 30000);
    a.parent_cpr = "050585-1234";
    a.parent_bank.reset();
    Id award = store::insert_award(reg.sql(), a);
    reg.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, finance_actor("anna"), month(2024, 4), rates_2024()); });
    PayoutRun april = stored_run(reg, month(2024, 4));
    REQUIRE(april.lines.size() == 2);
    CHECK(april.lines[0].held_back == "ingen bankkonto for forælderen");
    CHECK(april.lines[1].held_back == "ydelsen er tilbageholdt: ingen bankkonto for forælderen");
    RunSettlement s = settle_run(april);
    CHECK(s.transfers.empty());
    CHECK(total_of(s.held_back) == Money::ore(3000000 + 240000));
    reg.approve("bent", month(2024, 4));

    reg.db().in_transaction([&](soci::session& sql) {
        app::set_award_accounts(sql, caseworker_actor("sagsbehandler"), award, BankAccount{"5301", "0000654321"}, a.pension_payee);
        app::confirm_award_accounts(sql, finance_actor("carl"), award);
    });
    reg.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, finance_actor("anna"), month(2024, 5), rates_2024()); });
    PayoutRun may = stored_run(reg, month(2024, 5));
    RunSettlement paid = settle_run(may);
    REQUIRE(paid.transfers.size() == 2);
    // May and April, each: 30.000,00 − 12.944,47 withheld to the parent; 2.400,00 to the scheme.
    CHECK(paid.transfers[0].amount == Money::ore(2 * 1705553));
    CHECK(paid.transfers[1].amount == Money::ore(2 * 240000));
    CHECK(total_of(paid.withholding) == Money::ore(2 * 1294447));
    CHECK(paid.held_back.empty());
}

TEST_CASE("preparing a month after a month of the year without an approved run is refused unless catch-up is "
          "asked for, catch-up lines are flagged and totalled",
          "[payout][catch_up]") {
    PayoutRegister reg("payout_catch_up");
    Id family = reg.family("Familien Hansen");
    reg.grant(reg.child(family, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);
    reg.prepare("anna", month(2024, 4));  // the year's first run: it pays its own month
    reg.approve("bent", month(2024, 4));

    try {
        reg.prepare("anna", month(2024, 7));
        FAIL("catch-up was not refused");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "catch_up");
        CHECK(std::string(e.what()) ==
              "månederne maj 2024, juni 2024 har ingen godkendt kørsel; juli 2024 ville efterbetale dem. Godkend dem "
              "først, eller bed om efterbetaling (catch_up / --catch-up)");
    }
    CHECK_FALSE(store::find_payout_run(reg.sql(), month(2024, 7)));  // nothing stored

    app::PrepareOptions catch_up;
    catch_up.catch_up = true;
    auto outcome = reg.prepare("anna", month(2024, 7), catch_up);
    CHECK(outcome.run.catch_up_months == std::vector<Month>{month(2024, 5), month(2024, 6)});
    PayoutRun july = stored_run(reg, month(2024, 7));
    CatchUpTotal late = catch_up_total(july.lines, july.header.catch_up_months);
    CHECK(late.lines == 2);
    CHECK(late.total == Money::ore(2 * 1368250));
    REQUIRE(july.flags.size() == 1);
    CHECK(july.flags[0].code == FlagCode::catch_up);
    CHECK(july.flags[0].message ==
          "Efterbetaling for måneder uden godkendt kørsel (2024-05, 2024-06): 2 linjer, 27.365,00 kr");
    auto json = app::to_json(july);
    auto totals = json->getObject("catch_up");
    CHECK(totals->getValue<long long>("lines") == 2);
    CHECK(totals->getValue<long long>("total") == 2 * 1368250);
    CHECK(totals->getArray("months")->size() == 2);

    // The catch-up months are part of what is approved.
    reg.sql() << "UPDATE payout_runs SET catch_up_months = '' WHERE month = '2024-07'";
    CHECK_THROWS_AS(reg.approve("bent", month(2024, 7)), Conflict);
}

TEST_CASE("months without a run between approved runs: June after April needs catch-up, the next month does not",
          "[payout][catch_up]") {
    CHECK(app::months_without_run({}, month(2024, 7)).empty());  // the year's first run
    CHECK(app::months_without_run({month(2024, 4)}, month(2024, 5)).empty());
    CHECK(app::months_without_run({month(2024, 4)}, month(2024, 6)) == std::vector<Month>{month(2024, 5)});
    CHECK(app::months_without_run({month(2024, 1), month(2024, 3)}, month(2024, 4)) ==
          std::vector<Month>{month(2024, 2)});
}

TEST_CASE("a parent's held-back benefit keeps its saved costs when released: the parent is paid the net less them",
          "[payout][held][lost_earnings]") {
    PayoutRegister reg("payout_held_saved_costs");
    Id family = reg.family("Familien A");
    Id child = reg.child(family, day(2015, 6, 1));
    LostEarningsAward a = award_for(child, 30000);
    a.parent_cpr = "050585-1234";
    a.monthly_saved_costs = Money::kroner(1250);
    a.parent_bank.reset();
    Id award = store::insert_award(reg.sql(), a);
    reg.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, finance_actor("anna"), month(2024, 4), rates_2024()); });
    reg.approve("bent", month(2024, 4));
    reg.db().in_transaction([&](soci::session& sql) {
        app::set_award_accounts(sql, caseworker_actor("sagsbehandler"), award, BankAccount{"5301", "0000654321"}, a.pension_payee);
        app::confirm_award_accounts(sql, finance_actor("carl"), award);
    });
    reg.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, finance_actor("anna"), month(2024, 5), rates_2024()); });
    RunSettlement paid = settle_run(stored_run(reg, month(2024, 5)));
    REQUIRE(paid.transfers.size() == 2);
    // May and April's released line, each: 30.000,00 − 12.944,47 withheld − 1.250,00 saved costs.
    CHECK(paid.transfers[0].amount.ore() == 2 * 1580553);
    CHECK(paid.saved_costs.ore() == 2 * 125000);
    CHECK(total_of(paid.withholding).ore() == 2 * 1294447);
}
