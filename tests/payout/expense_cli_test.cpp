// `hjt expense show | decide` (issue 16): the decider sees the category's
// budget, what is approved of it so far and what remains before deciding and
// in the answer; an approval beyond it needs --reason, which is kept.
#include <catch2/catch.hpp>

#include "app/register_service.h"
#include "cli_runner.h"
#include "payout_register.h"
#include "store/register_repository.h"
#include "store/register_samples.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("hjt expense show and decide: budget, approved so far and remaining, over budget only with a reason",
          "[expense][cli]") {
    PayoutRegister reg("expense_cli");
    const app::User submitter = caseworker_actor("kari"), decider = caseworker_actor("lise");
    Id child = 0, big = 0;
    reg.db().in_transaction([&](soci::session& sql) {
        Id family = reg.family("Familien Holm");
        child = reg.child(family, testing::ymd(2015, 3, 14));
        app::create_grant(sql, submitter, testing::sample_grant(child));  // training tools: 20.000 kr in 2026
        Expense first = testing::sample_expense(family, child);
        first.amount = Money::kroner(15000);
        first = app::create_expense(sql, submitter, first);
        app::decide_expense(sql, decider, first.id, ExpenseStatus::approved, "");
        Expense second = testing::sample_expense(family, child);
        second.amount = Money::kroner(6000);
        big = app::create_expense(sql, submitter, second).id;
    });
    const std::string expense = " --expense " + std::to_string(big);

    CliRun shown = run_hjt(decider, reg.path(), "expense show" + expense);
    CHECK(shown.exit_code == 0);
    CHECK(shown.out.find("budget 2026 for 'training tools': 20.000,00 kr, godkendt indtil nu 15.000,00 kr, "
                         "tilbage 5.000,00 kr") != std::string::npos);
    CHECK(shown.out.find("OVER BUDGET: 6.000,00 kr er mere end det, der er tilbage; godkendelse kræver --reason") !=
          std::string::npos);
    CliRun json = run_hjt(decider, reg.path(), "expense show" + expense + " --json");
    CHECK(json.out.find("\"remaining\": 500000") != std::string::npos);

    CHECK(run_hjt(decider, reg.path(), "expense decide" + expense).exit_code == 2);
    CHECK(run_hjt(submitter, reg.path(), "expense decide" + expense + " --approve --reason x").exit_code == 1);  // four eyes
    CliRun refused = run_hjt(decider, reg.path(), "expense decide" + expense + " --approve");
    CHECK(refused.exit_code == 1);
    CHECK(store::find_expense(reg.sql(), big)->status == ExpenseStatus::submitted);

    CliRun approved =
        run_hjt(decider, reg.path(), "expense decide" + expense + " --approve --reason 'Lægens anbefaling'");
    CHECK(approved.exit_code == 0);
    CHECK(approved.out.find("Godkendt af lise (over budget: Lægens anbefaling)") != std::string::npos);
    CHECK(approved.out.find("godkendt indtil nu 15.000,00 kr, tilbage 5.000,00 kr") != std::string::npos);
    CHECK(store::find_expense(reg.sql(), big)->over_budget_reason == "Lægens anbefaling");
}
