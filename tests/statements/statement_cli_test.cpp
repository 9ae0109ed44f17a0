// `hjt statement` and `hjt statements` on the real executable ($HJT_BIN).
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include <filesystem>

#include "app/payout_service.h"
#include "app/reconciliation_service.h"
#include "import/scratch_folder.h"
#include "payout/payout_domain_fixtures.h"
#include "payout/cli_runner.h"
#include "statement_world.h"

using namespace hjt;
using hjt::test::run_hjt;

TEST_CASE("hjt statement writes the family's statement and says the figures, hjt statements writes all and the overview",
          "[statements][cli]") {
    test::StatementWorld world("statement_cli");
    world.pay_year();
    world.make_final();
    testing::ScratchFolder dir("statement_cli");
    const std::string file = dir.file("holm.xlsx").string();

    auto one = run_hjt(hjt::test::finance_actor("okonomi"), world.path(),
                       "statement --family " + std::to_string(world.family) + " --year 2024 --out '" + file + "' --json");
    REQUIRE(one.exit_code == 0);
    auto json = Poco::JSON::Parser().parse(one.out).extract<Poco::JSON::Object::Ptr>();
    CHECK(json->getValue<long long>("received") == 11800000);
    CHECK(json->getValue<long long>("eligible") == 10930000);
    CHECK(json->getValue<long long>("balance") == 870000);
    CHECK(json->getValue<std::string>("status") == "Endelig");
    CHECK(std::filesystem::file_size(file) > 0);

    auto all = run_hjt(hjt::test::finance_actor("okonomi"), world.path(), "statements --year 2024 --out '" + dir.file("all").string() + "'");
    REQUIRE(all.exit_code == 0);
    CHECK(all.out.find("skrev 1 årsopgørelser for 2024") == 0);
    CHECK(std::distance(std::filesystem::directory_iterator(dir.file("all")), {}) == 2);
    // With --json each family's row too, as its statement was written, and the totals.
    auto listed = run_hjt(hjt::test::finance_actor("okonomi"), world.path(),
                          "statements --year 2024 --out '" + dir.file("listed").string() + "' --json");
    REQUIRE(listed.exit_code == 0);
    auto all_json = Poco::JSON::Parser().parse(listed.out).extract<Poco::JSON::Object::Ptr>();
    REQUIRE(all_json->getArray("statements")->size() == 1);
    CHECK(all_json->getArray("statements")->getObject(0)->getValue<long long>("family_id") == world.family);
    CHECK(all_json->getValue<long long>("balance") == 870000);

    CHECK(run_hjt(hjt::test::finance_actor("okonomi"), world.path(), "statement --family 1 --out x.xlsx").exit_code == 2);  // no --year
    CHECK(run_hjt(hjt::test::finance_actor("okonomi"), world.path(), "statement --family 999 --year 2024 --out '" + file + "'").exit_code == 1);
}

TEST_CASE("hjt statement never prints a stale draft's figures: it recomputes them and says when and why",
          "[statements][cli][fresh]") {
    test::StatementWorld world("statement_cli_stale");
    world.pay_months(6);
    world.db().in_transaction([&](soci::session& s) {
        app::reconcile_year(s, test::finance_actor(test::kFinance), 2024, world.family, false, test::day(2024, 7, 15));
    });
    for (unsigned m = 7; m <= 12; ++m) {
        world.db().in_transaction([&](soci::session& s) {
            app::prepare_payout(s, test::finance_actor(test::kFinance), test::month(2024, m), test::example_rates());
        });
        world.db().in_transaction(
            [&](soci::session& s) { app::approve_payout(s, test::finance_actor(test::kFinance2), test::month(2024, m)); });
    }
    testing::ScratchFolder dir("statement_cli_stale");
    auto run = run_hjt(hjt::test::finance_actor("okonomi"), world.path(),
                       "statement --family " + std::to_string(world.family) + " --year 2024 --out '" +
                           dir.file("s.xlsx").string() + "' --json");
    REQUIRE(run.exit_code == 0);
    auto json = Poco::JSON::Parser().parse(run.out).extract<Poco::JSON::Object::Ptr>();
    CHECK(json->getValue<long long>("received") == world.ledger_sum({"helper", "fixed", "expense", "adjustment"}));
    auto child = json->getArray("children_computed")->getObject(0);
    CHECK_FALSE(child->isNull("stale_draft_computed_at"));
    CHECK(child->getValue<std::string>("computed_at").size() == 20);
}
