// `hjt postings`'s service on the Holm family's approved runs of 2024: the
// journal's line kinds add up to the run's total to the øre, debits equal
// credits; a draft run, a missing account and a role without read_books are
// refused.
#include <catch2/catch.hpp>

#include "app/payout_service.h"
#include "app/postings_service.h"
#include "domain/errors.h"
#include "payout/payout_domain_fixtures.h"
#include "statement_world.h"
#include "test_actor.h"

using namespace hjt;

TEST_CASE("the postings journal of an approved run ties to the run's total to the øre", "[statements][postings]") {
    test::StatementWorld world("postings_journal");
    world.pay_months(3);
    const auto accounts = app::load_account_map("config");
    world.db().in_transaction([&](soci::session& sql) {
        const auto j = app::postings_journal(sql, test::finance_actor("okonomi"), test::month(2024, 3), accounts);
        CHECK(j.run_total > Money{});
        CHECK(j.totals.debit == j.totals.credit);
        // Only a-conto lines, all positive: every debit is a line, every credit the bank's payment.
        CHECK(j.totals.debit == j.run_total);
        CHECK(j.csv.rfind("måned;kørsel;familie;art;funktion;kontoart;debet;kredit;tekst\n", 0) == 0);
        CHECK(j.csv.find(";helper;5.28.21;5.2;") != std::string::npos);
    });
}

TEST_CASE("the postings journal refuses a draft run, a kind without an account and a caseworker",
          "[statements][postings]") {
    test::StatementWorld world("postings_journal_refused");
    world.pay_months(2);
    world.db().in_transaction([&](soci::session& sql) {
        app::prepare_payout(sql, test::finance_actor(test::kFinance), test::month(2024, 3), test::example_rates());
    });
    auto accounts = app::load_account_map("config");
    world.db().in_transaction([&](soci::session& sql) {
        CHECK_THROWS_AS(app::postings_journal(sql, test::finance_actor("okonomi"), test::month(2024, 3), accounts),
                        ValidationError);
        CHECK_THROWS_AS(app::postings_journal(sql, test::caseworker_actor("sag"), test::month(2024, 2), accounts),
                        Forbidden);
        accounts.erase("helper");
        try {
            app::postings_journal(sql, test::finance_actor("okonomi"), test::month(2024, 2), accounts);
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(e.field() == "postings.properties:helper");
        }
    });
}
