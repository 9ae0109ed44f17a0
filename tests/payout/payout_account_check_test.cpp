// Accounts under verification (issue 16, "account being verified"): an account
// a caseworker sets or changes is "til kontrol" until a finance user other than
// the one who set it confirms it. Until then payout runs hold back its lines
// (owed, in the run's Tilbageholdt); the first run after the confirmation pays
// them, naming the run that held them. Before this, the next run paid the new
// account at once, only flagged.
#include <catch2/catch.hpp>

#include "app/account_verification.h"
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

const app::User caseworker_kari = caseworker_actor("caseworker_kari");

PayoutRun stored_run(PayoutRegister& reg, Month m) { return store::load_payout_run(reg.sql(), m); }

std::vector<const PayoutFlag*> flags_of(const PayoutRun& run, FlagCode code) {
    std::vector<const PayoutFlag*> found;
    for (const auto& f : run.flags)
        if (f.code == code) found.push_back(&f);
    return found;
}

// The newest audit entry's action, entity, before and after.
std::vector<std::string> last_audit(soci::session& sql) {
    std::string action, entity, before, after;
    sql << "SELECT action, entity, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1",
        soci::into(action), soci::into(entity), soci::into(before), soci::into(after);
    return {action, entity, before, after};
}

void prepare_2024(PayoutRegister& reg, Month m) {
    reg.db().in_transaction([&](soci::session& s) { app::prepare_payout(s, finance_actor("anna"), m, rates_2024()); });
}

} // namespace

TEST_CASE("a family's account changed by a caseworker is held back until another finance user confirms it, then "
          "paid to the new account with the held month",
          "[payout][held][account_check]") {
    PayoutRegister reg("payout_account_check_family");
    Id family = reg.family("Familien Berg");  // an account stored before: confirmed
    reg.grant(reg.child(family, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);
    reg.prepare("anna", month(2024, 4));
    CHECK(stored_run(reg, month(2024, 4)).lines[0].held_back.empty());
    reg.approve("bent", month(2024, 4));

    reg.db().in_transaction([&](soci::session& sql) {
        Family f = *store::find_family(sql, family);
        f.bank = BankAccount{"9999", "0004444444"};
        Family changed = app::update_family(sql, caseworker_kari, f);
        CHECK(changed.bank_unconfirmed_by == "caseworker_kari");
    });
    CHECK(store::find_family(reg.sql(), family)->bank_unconfirmed_by == "caseworker_kari");

    // May: held back, not paid to the new account.
    reg.prepare("anna", month(2024, 5));
    PayoutRun may = stored_run(reg, month(2024, 5));
    REQUIRE(may.lines.size() == 1);
    CHECK(may.lines[0].amount == Money::ore(1368250));
    CHECK(may.lines[0].held_back == "familiens bankkonto til kontrol");
    RunSettlement settled = settle_run(may);
    CHECK(settled.transfers.empty());
    CHECK(total_of(settled.held_back) == Money::ore(1368250));
    auto unconfirmed = flags_of(may, FlagCode::account_unconfirmed);
    REQUIRE(unconfirmed.size() == 1);
    CHECK(unconfirmed[0]->message ==
          "Bankkonto til kontrol for Familien Berg (reg. 9999 konto ****4444, sat af caseworker_kari): 13.682,50 kr holdes "
          "tilbage og udbetales i den første kørsel, efter at en anden økonomimedarbejder har bekræftet kontoen");
    CHECK(flags_of(may, FlagCode::account_changed).size() == 1);  // the approver still sees the change
    reg.approve("bent", month(2024, 5));
    CHECK(store::owed_lines(reg.sql(), family)[family].size() == 1);

    // Who may confirm: finance only, and not the user who set the account (four eyes).
    CHECK_THROWS_AS(app::confirm_family_account(reg.sql(), caseworker_kari, family), Forbidden);
    try {
        app::confirm_family_account(reg.sql(), finance_actor("caseworker_kari"), family);
        FAIL("the user who set the account confirmed it");
    } catch (const Conflict& e) {
        CHECK(std::string(e.what()) == "familiens bankkonto for familie " + std::to_string(family) +
                                           " (Familien Berg) er sat af caseworker_kari; fire øjne: en anden "
                                           "økonomimedarbejder skal bekræfte den");
    }
    CHECK(store::find_family(reg.sql(), family)->bank_unconfirmed_by == "caseworker_kari");

    reg.db().in_transaction(
        [&](soci::session& sql) { app::confirm_family_account(sql, finance_actor("carl"), family); });
    CHECK(store::find_family(reg.sql(), family)->bank_unconfirmed_by.empty());
    auto audit = last_audit(reg.sql());
    CHECK(audit[0] == "confirm-account");
    CHECK(audit[1] == "family");
    CHECK(audit[2] == R"({"familiens bankkonto":{"account":"reg. 9999 konto ****4444","set_by":"caseworker_kari"}})");
    CHECK(audit[3] == R"({"familiens bankkonto":{"account":"reg. 9999 konto ****4444","confirmed_by":"carl"}})");
    CHECK_THROWS_AS(app::confirm_family_account(reg.sql(), finance_actor("carl"), family), Conflict);  // nothing left

    // June: June's own month and May's held month, to the new account.
    reg.prepare("anna", month(2024, 6));
    PayoutRun june = stored_run(reg, month(2024, 6));
    REQUIRE(june.lines.size() == 2);
    CHECK(june.lines[1].released_from == month(2024, 5));
    CHECK(june.lines[1].amount == Money::ore(1368250));
    RunSettlement paid = settle_run(june);
    REQUIRE(paid.transfers.size() == 1);
    CHECK(paid.transfers[0].amount == Money::ore(2 * 1368250));
    CHECK(paid.transfers[0].account.account_no == "0004444444");
    CHECK(paid.held_back.empty());
    CHECK(flags_of(june, FlagCode::account_unconfirmed).empty());
    CHECK(store::verify_audit_chain(reg.sql()).ok);
}

TEST_CASE("an unchanged account keeps its state, a new family's account is under verification, removing it is "
          "not",
          "[account_check]") {
    PayoutRegister reg("payout_account_check_states");
    Id family = reg.family("Familien Dal");
    reg.db().in_transaction([&](soci::session& sql) {
        Family f = *store::find_family(sql, family);
        f.contact_phone = "12345678";
        CHECK(app::update_family(sql, caseworker_kari, f).bank_unconfirmed_by.empty());  // the account did not change

        Family fresh;
        fresh.name = "Familien Ny";
        fresh.cvr = "10000017";
        fresh.bank = BankAccount{"1234", "0000000017"};
        fresh.bank_unconfirmed_by = "";  // not the caller's to say
        Family created = app::create_family(sql, caseworker_kari, fresh);
        CHECK(created.bank_unconfirmed_by == "caseworker_kari");
        created.bank.reset();
        CHECK(app::update_family(sql, caseworker_kari, created).bank_unconfirmed_by.empty());  // no account: nothing to verify
        Family imported = fresh;
        imported.cvr = "10000025";
        CHECK(app::create_imported_family(sql, admin_actor("admin1"), imported).bank_unconfirmed_by.empty());
    });
}

TEST_CASE("a parent's account under verification holds the benefit and its pension, a pension scheme's account "
          "holds the pension only",
          "[payout][held][account_check][lost_earnings]") {
    PayoutRegister reg("payout_account_check_award");
    Id family = reg.family("Familien A");
    Id child = reg.child(family, day(2015, 6, 1));
    LostEarningsAward a = award_for(child, 30000);
    a.parent_cpr = "050585-1234";
    Id award = store::insert_award(reg.sql(), a);  // stored before: confirmed

    reg.db().in_transaction([&](soci::session& sql) {
        LostEarningsAward set = app::set_award_accounts(sql, caseworker_kari, award, BankAccount{"5301", "0000999888"}, a.pension_payee);
        CHECK(set.parent_bank_unconfirmed_by == "caseworker_kari");
        CHECK(set.pension_unconfirmed_by.empty());  // the scheme's account did not change
    });
    prepare_2024(reg, month(2024, 4));
    PayoutRun april = stored_run(reg, month(2024, 4));
    REQUIRE(april.lines.size() == 2);
    CHECK(april.lines[0].held_back == "forælderens bankkonto til kontrol");
    CHECK(april.lines[1].held_back == "ydelsen er tilbageholdt: forælderens bankkonto til kontrol");
    RunSettlement s = settle_run(april);
    CHECK(s.transfers.empty());
    CHECK(total_of(s.held_back) == Money::ore(3000000 + 240000));
    auto flag = flags_of(april, FlagCode::account_unconfirmed);
    REQUIRE(flag.size() == 1);
    CHECK(flag[0]->message == "Bankkonto til kontrol for Mette (tabt arbejdsfortjeneste for Barn) (reg. 5301 konto "
                              "****9888, sat af caseworker_kari): ydelsen 30.000,00 kr brutto og pensionen 2.400,00 kr holdes "
                              "tilbage og udbetales i den første kørsel, efter at en anden økonomimedarbejder har "
                              "bekræftet kontoen");
    reg.approve("bent", month(2024, 4));

    // Confirmed; then the scheme's account changes: May pays the parent (April and May), holds the pension.
    reg.db().in_transaction([&](soci::session& sql) {
        app::confirm_award_accounts(sql, finance_actor("carl"), award);
        app::set_award_accounts(sql, caseworker_kari, award, BankAccount{"5301", "0000999888"},
                                PensionPayee{"Pensionskassen Nord (fiktiv)", BankAccount{"9570", "0000333444"}});
    });
    auto audit = last_audit(reg.sql());
    CHECK(audit[0] == "set-accounts");
    prepare_2024(reg, month(2024, 5));
    PayoutRun may = stored_run(reg, month(2024, 5));
    RunSettlement paid = settle_run(may);
    REQUIRE(paid.transfers.size() == 1);
    CHECK(paid.transfers[0].payee == Payee::parent);
    CHECK(paid.transfers[0].amount == Money::ore(2 * 1705553));  // 30.000,00 − 12.944,47 withheld, twice
    CHECK(paid.transfers[0].account.account_no == "0000999888");
    // May's pension held by the scheme's account; April's stays owed, not released while it waits.
    REQUIRE(paid.held_back.size() == 1);
    CHECK(paid.held_back[0].amount == Money::ore(240000));
    CHECK(paid.held_back[0].reason == "pensionsordningens konto til kontrol");
    reg.approve("bent", month(2024, 5));
    CHECK(store::owed_lines(reg.sql(), family)[family].size() == 2);
    CHECK_THROWS_AS(app::confirm_award_accounts(reg.sql(), finance_actor("caseworker_kari"), award), Conflict);
}
