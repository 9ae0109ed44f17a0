// The sample municipality (sample-data/) in April 2026, the example:
// Hanne og Peter Johansen have no bank account; their 20.777,01 kr stays in
// the run held back (the run sheet's "Tilbageholdt"), is owed on their ledger
// and is paid by the first run after the account is registered. Louise
// Thomsen has no account: her benefit and its pension are held together.
#include <catch2/catch.hpp>

#include "test_actor.h"

#include "app/account_verification.h"
#include "app/importer.h"
#include "app/payment_settings.h"
#include "app/payout_service.h"
#include "app/rate_service.h"
#include "app/register_service.h"
#include "domain/bank_transfer.h"
#include "store/payout_store.h"
#include "store/register_repository.h"
#include "store/scratch_database.h"
#include "quick_import.h"

using namespace hjt;

namespace {

constexpr Month kApril = date::year{2026} / date::April;
constexpr Month kMay = date::year{2026} / date::May;

Id family_named(soci::session& sql, const std::string& name) {
    long long id = 0;
    sql << "SELECT id FROM families WHERE name = :name", soci::into(id), soci::use(name);
    return id;
}

Money held_of(const RunSettlement& s, Id family_id, Payee payee) {
    Money sum;
    for (const auto& h : s.held_back)
        if (h.family_id == family_id && h.payee == payee) sum += h.amount;
    return sum;
}

} // namespace

TEST_CASE("sample data, April 2026: a family without an account has 20.777,01 kr held back, owed, then paid",
          "[payout][held][sample]") {
    testing::ScratchDatabase scratch("payout_sample_held");
    auto& db = scratch.db();
    db.in_transaction([](soci::session& sql) { app::seed_rates_and_policy(sql, "setup", "config"); });
    app::import_folder(db, "sample-data", test::admin_actor("import"), hjt::test::quick_import());
    const Id johansen = family_named(scratch.sql(), "Hanne og Peter Johansen");

    app::PrepareOptions options;  // as `hjt payout prepare` runs it: the default pension payee from config/
    options.default_pension = app::load_default_pension_payee("config");
    db.in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), kApril, options); });
    PayoutRun april = store::load_payout_run(scratch.sql(), kApril);
    RunSettlement s = settle_run(april);
    CHECK(held_of(s, johansen, Payee::family) == Money::ore(2077701));
    bool flagged = false;
    for (const auto& f : april.flags)
        if (f.family_id == johansen && f.code == FlagCode::missing_bank_account)
            flagged = f.message == "Ingen bankkonto registreret for Hanne og Peter Johansen: 20.777,01 kr holdes "
                                   "tilbage og udbetales i den første kørsel, efter at kontoen er registreret";
    CHECK(flagged);
    // Louise Thomsen's benefit and its pension are held together: f = 30/32 of her own hours;
    // 31.500,00 × 30/32 = 29.531,25 awarded in 2025, regulated by 2026's 4,8 % = 30.948,75
    // (below the cap 37.104 × 30/32 = 34.785,00); pension min(10 % = 3.094,88, her former
    // employer's 5,5 % × 29.531,25 = 1.624,22 in kroner, not regulated) = 1.624,22.
    Money parent_held, pension_held;
    for (const auto& h : s.held_back) {
        if (h.payee == Payee::parent) parent_held += h.amount;
        if (h.payee == Payee::pension) pension_held += h.amount;
    }
    CHECK(parent_held.ore() == 3094875);
    CHECK(pension_held.ore() == 162422);
    CHECK(total_of(april.lines) == total_of(s.transfers) + total_of(s.withholding) + s.saved_costs + total_of(s.held_back));

    db.in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), kApril); });
    auto owed = store::owed_lines(scratch.sql(), johansen)[johansen];
    Money owed_total;
    for (const auto& o : owed) owed_total += o.line.amount;
    CHECK(owed_total == Money::ore(2077701));

    db.in_transaction([&](soci::session& sql) {
        Family f = *store::find_family(sql, johansen);
        f.bank = BankAccount{"6460", "4061384549"};
        app::update_family(sql, test::caseworker_actor("caseworker1"), f);
        app::confirm_family_account(sql, test::finance_actor("finance2"), johansen);  // four eyes on the new account
    });
    db.in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), kMay, options); });
    PayoutRun may = store::load_payout_run(scratch.sql(), kMay);
    Money released;
    for (const auto& l : may.lines)
        if (l.family_id == johansen && l.released_from == kApril) released += l.amount;
    CHECK(released == Money::ore(2077701));
    CHECK(held_of(settle_run(may), johansen, Payee::family) == Money());
}
