// The postings journal with the claims (app/postings_service.h, domain
// claims_journal): the month's claims raised, payments received on claims
// and write-offs beside the run's lines (set-offs among them), each kind on
// its account from config/postings.properties; the run's lines still tie to
// the run's total and debits equal credits.
#include <catch2/catch.hpp>

#include "app/claims_receipts.h"
#include "app/claims_service.h"
#include "app/payout_service.h"
#include "app/postings_service.h"
#include "domain/payment_reference.h"
#include "payout/payout_domain_fixtures.h"
#include "camt_builder.h"
#include "claim_world.h"
#include "reconcile_world.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("the postings journal books the month's claims raised, receipts, write-offs and set-offs, and ties",
          "[claims][postings]") {
    ReconcileWorld w("claims_postings");
    const Id claim = make_claim(w, day(2025, 1, 2));  // 11.700,00 kr.
    w.db().in_transaction([&](soci::session& sql) {
        CamtEntry paid{"P1", "5000.00", fi_payment_id(claim), "Familien"};
        paid.booked = "2025-01-15";
        app::import_camt(sql, finance_actor(kFinance), camt054("POST-1", {paid}), "bank.xml", day(2025, 1, 16));
        app::prepare_payout(sql, finance_actor(kFinance), month(2025, 1), example_rates());
    });
    w.db().in_transaction([&](soci::session& sql) {
        app::approve_payout(sql, finance_actor(kFinance2), month(2025, 1));
        Id wo = app::prepare_write_off(sql, finance_actor(kFinance), claim, Money::ore(12345), "dødsbo", day(2025, 1, 20));
        app::approve_write_off(sql, finance_actor(kFinance2), claim, wo, day(2025, 1, 21));
    });
    const auto accounts = app::load_account_map("config");
    w.db().in_transaction([&](soci::session& sql) {
        const auto j = app::postings_journal(sql, finance_actor(kFinance), month(2025, 1), accounts);
        CHECK(j.claims_raised == Money::ore(1170000));
        CHECK(j.received == Money::ore(500000));
        CHECK(j.written_off == Money::ore(12345));
        CHECK(j.totals.debit == j.totals.credit);
        // Raised: receivable debited, the support claimed back credited.
        CHECK(j.csv.find(";claim_receivable;9.32.10;9.3;11700,00;0,00;Tilbagebetalingskrav 2024 rejst (krav " +
                         std::to_string(claim) + ")") != std::string::npos);
        CHECK(j.csv.find(";repayment_claim;5.28.21;5.2;0,00;11700,00;") != std::string::npos);
        // Received into the bank, then placed on the claim (matched by payment ID at import).
        CHECK(j.csv.find(";receipt;9.50.10;9.5;5000,00;0,00;Indbetaling modtaget (indbetaling 1, P1)") !=
              std::string::npos);
        CHECK(j.csv.find(";unassigned_receipt;9.51.10;9.5;0,00;5000,00;Indbetaling modtaget") != std::string::npos);
        CHECK(j.csv.find(";unassigned_receipt;9.51.10;9.5;5000,00;0,00;Indbetaling 1 fordelt på krav (krav " +
                         std::to_string(claim) + ")") != std::string::npos);
        CHECK(j.csv.find(";claim_receivable;9.32.10;9.3;0,00;5000,00;") != std::string::npos);
        CHECK(j.unassigned_change == Money());
        CHECK(j.csv.find(";claim_written_off;5.28.21;5.2;123,45;0,00;Afskrivning af krav: dødsbo") != std::string::npos);
        // The set-off is the run's own line (25 % of 9.750,00 kr): the receivable credited.
        CHECK(j.csv.find(";set_off;9.32.10;9.3;0,00;2437,50;") != std::string::npos);
        // Another month: nothing of the claims.
    });
    w.db().in_transaction([&](soci::session& sql) {
        app::prepare_payout(sql, finance_actor(kFinance), month(2025, 2), example_rates());
    });
    w.db().in_transaction([&](soci::session& sql) {
        app::approve_payout(sql, finance_actor(kFinance2), month(2025, 2));
        const auto j = app::postings_journal(sql, finance_actor(kFinance), month(2025, 2), accounts);
        CHECK(j.claims_raised == Money());
        CHECK(j.received == Money());
        CHECK(j.csv.find("claim_receivable;9.32.10;9.3;11700") == std::string::npos);
    });
}

TEST_CASE("money nobody has matched is in the month's journal, assigning it later books the move in the later month",
          "[claims][postings]") {
    ReconcileWorld w("claims_postings_unassigned");
    const Id claim = make_claim(w, day(2025, 1, 2));
    w.db().in_transaction([&](soci::session& sql) {
        CamtEntry unknown{"U1", "1234.56", "", "Ukendt Betaler", "til kommunen"};
        unknown.booked = "2025-01-20";
        app::import_camt(sql, finance_actor(kFinance), camt054("POST-U", {unknown}), "bank.xml", day(2025, 1, 21));
        app::prepare_payout(sql, finance_actor(kFinance), month(2025, 1), example_rates());
    });
    const auto accounts = app::load_account_map("config");
    std::string january;
    w.db().in_transaction([&](soci::session& sql) {
        app::approve_payout(sql, finance_actor(kFinance2), month(2025, 1));
        const auto j = app::postings_journal(sql, finance_actor(kFinance), month(2025, 1), accounts);
        CHECK(j.received == Money::ore(123456));
        CHECK(j.unassigned_change == Money::ore(123456));  // on the suspense account, not lost
        CHECK(j.csv.find(";0;receipt;9.50.10;9.5;1234,56;0,00;Indbetaling modtaget (indbetaling 1, U1)") !=
              std::string::npos);
        CHECK(j.csv.find(";0;unassigned_receipt;9.51.10;9.5;0,00;1234,56;") != std::string::npos);
        CHECK(j.totals.debit == j.totals.credit);
        january = j.csv;
    });
    w.db().in_transaction([&](soci::session& sql) {
        app::assign_receipt(sql, finance_actor(kFinance), 1, claim, std::nullopt, day(2025, 2, 10));
        app::prepare_payout(sql, finance_actor(kFinance), month(2025, 2), example_rates());
    });
    w.db().in_transaction([&](soci::session& sql) {
        app::approve_payout(sql, finance_actor(kFinance2), month(2025, 2));
        // January's journal is what it was: assigning in February does not rewrite it.
        CHECK(app::postings_journal(sql, finance_actor(kFinance), month(2025, 1), accounts).csv == january);
        const auto j = app::postings_journal(sql, finance_actor(kFinance), month(2025, 2), accounts);
        CHECK(j.received == Money());
        CHECK(j.unassigned_change == Money::ore(-123456));
        CHECK(j.csv.find(";unassigned_receipt;9.51.10;9.5;1234,56;0,00;Indbetaling 1 fordelt på krav (krav " +
                         std::to_string(claim) + ")") != std::string::npos);
        CHECK(j.csv.find(";claim_receivable;9.32.10;9.3;0,00;1234,56;") != std::string::npos);
    });
}
