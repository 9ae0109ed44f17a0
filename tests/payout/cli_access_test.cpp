// Who may act from the shell (issue 16 item 2): the acting user is the hjt
// user of a session (hjt login / HJT_TOKEN), never a name in the environment,
// and a role may do only what app/permissions.h allows it.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "cli_runner.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/rates_store.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// `env hjt args --db db` with nothing else naming a user: exit code only.
int hjt_with_env(const std::string& env, const std::string& db, const std::string& args) {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    const std::string command =
        "env -u HJT_TOKEN " + env + " '" + bin + "' " + args + " --db '" + db + "' > /dev/null 2>&1";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string run_status(PayoutRegister& reg, Month m) { return to_string(store::load_payout_run(reg.sql(), m).status); }

} // namespace

TEST_CASE("hjt payout approve with HJT_USER naming anyone is refused: nothing approved, nothing posted",
          "[access][cli]") {
    PayoutRegister reg("cli_access_env");
    REQUIRE(hjt_with_env("", reg.path(), "init") == 0);
    Id family = reg.family("Familien Hansen");
    reg.grant(reg.child(family, day(2015, 6, 1)), day(2024, 4, 11), 2000, 13500);
    reg.prepare("anna", month(2024, 4));

    CHECK(hjt_with_env("HJT_USER=nobody", reg.path(), "payout approve --month 2024-04") != 0);
    CHECK(hjt_with_env("HJT_USER=caseworker1", reg.path(), "payout approve --month 2024-04") != 0);
    CHECK(hjt_with_env("HJT_USER=bent USER=bent", reg.path(), "payout approve --month 2024-04") != 0);
    CHECK(run_status(reg, month(2024, 4)) == "draft");
    CHECK(reg.count("ledger_postings") == 0);

    const Money cap = store::load_rates(reg.sql()).year(2024).home_training_cap->amount;
    CHECK(hjt_with_env("HJT_USER=caseworker1", reg.path(),
                       "rates set --year 2024 --name home_training_cap --value 1,00 --source x") != 0);
    CHECK(store::load_rates(reg.sql()).year(2024).home_training_cap->amount == cap);
}
