// `hjt policy show | set` (issue 19): finance changes the policy after `hjt
// init` from a date with a reason; a caseworker may not; a refusal names the field.
#include <catch2/catch.hpp>

#include "cli_runner.h"
#include "payout_register.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("hjt policy: next year's on-cost set from 01-01-2027, shown with who and why", "[policy][cli]") {
    PayoutRegister reg("policy_cli");
    const app::User finance = finance_actor("finance1");
    REQUIRE(run_hjt(finance, reg.path(), "init").exit_code == 0);

    CliRun set = run_hjt(finance, reg.path(),
                         "policy set --name employer_oncost_per_hour.2027 --value 6,50 --from 01-01-2027"
                         " --reason 'Byrådets budget 2027'");
    CHECK(set.exit_code == 0);
    CHECK(set.out.find("politikken ændret: employer_oncost_per_hour.2027 = 6,50 fra 01-01-2027 (finance1: Byrådets "
                       "budget 2027)") != std::string::npos);

    CliRun before = run_hjt(finance, reg.path(), "policy show --on 31-12-2026");
    CHECK(before.exit_code == 0);
    CHECK(before.out.find("employer_oncost_per_hour.2027") == std::string::npos);
    CHECK(before.out.find("window.start = 07:00  fra hjt init") != std::string::npos);
    CHECK(before.out.find("1 ændring(er) gælder senere") != std::string::npos);
    CliRun after = run_hjt(finance, reg.path(), "policy show --on 2027-01-01 --json");
    CHECK(after.out.find("\"reason\": \"Byrådets budget 2027\"") != std::string::npos);

    CHECK(run_hjt(caseworker_actor("case1"), reg.path(),
                  "policy set --name claims.due_days --value 45 --from 01-02-2027 --reason x")
              .exit_code == 5);
    CliRun mid_year = run_hjt(finance, reg.path(),
                              "policy set --name window.end --value 17:00 --from 01-07-2027 --reason 'ny praksis'");
    CHECK(mid_year.exit_code == 1);
    CHECK(mid_year.err.find("fejl i Gælder fra: window.end gælder for et helt år") != std::string::npos);
    CHECK(mid_year.err.find("[policy_change_not_january]") != std::string::npos);
    CHECK(run_hjt(finance, reg.path(), "policy set --name window.end --value 17:00 --from 1.7.2027 --reason x").exit_code == 2);
}
