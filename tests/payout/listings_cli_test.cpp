// `hjt families | helpers | awards` and keys wherever a family or helper is
// named (issue 19: "--family must be a whole number, got 'F004'"): the lists
// give each one's import key and id, and commands take either.
#include <catch2/catch.hpp>

#include "cli_runner.h"
#include "payout_register.h"
#include "store/import_keys.h"
#include "store/register_repository.h"
#include "store/register_samples.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("hjt families, helpers, awards: keys and ids, commands take a family or helper by key or id",
          "[listings][cli]") {
    PayoutRegister reg("listings_cli");
    Id holm = 0, other = 0, helper = 0;
    reg.db().in_transaction([&](soci::session& sql) {
        holm = reg.family("Familien Holm");
        other = reg.family("Familien Berg");
        store::insert_import_key(sql, "family", "F004", holm);
        helper = store::insert_helper(sql, testing::sample_helper(holm));
        store::insert_import_key(sql, "helper", "H012", helper);
    });
    const app::User finance = finance_actor("finans");

    CliRun families = run_hjt(finance, reg.path(), "families");
    CHECK(families.exit_code == 0);
    CHECK(families.out.find("F004  " + std::to_string(holm) + "  Familien Holm") != std::string::npos);
    CHECK(families.out.find("–  " + std::to_string(other) + "  Familien Berg") != std::string::npos);
    CHECK(run_hjt(finance, reg.path(), "families --json").out.find("\"key\": \"F004\"") != std::string::npos);

    CliRun helpers = run_hjt(finance, reg.path(), "helpers --family F004");
    CHECK(helpers.exit_code == 0);
    CHECK(helpers.out.find("H012  " + std::to_string(helper)) != std::string::npos);
    CHECK(run_hjt(finance, reg.path(), "awards").exit_code == 0);

    // The same family by key and by id; an unknown key is named.
    CliRun by_key = run_hjt(finance, reg.path(), "ledger --family F004");
    CHECK(by_key.exit_code == 0);
    CHECK(by_key.out == run_hjt(finance, reg.path(), "ledger --family " + std::to_string(holm)).out);
    CliRun unknown = run_hjt(finance, reg.path(), "ledger --family F009");
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.find("familien F009 findes ikke") != std::string::npos);

    // A family user sees its own family only, and another family's key is not found.
    const app::User parent = family_actor("holm", holm);
    CliRun own = run_hjt(parent, reg.path(), "families");
    CHECK(own.out.find("Familien Holm") != std::string::npos);
    CHECK(own.out.find("Familien Berg") == std::string::npos);
    CHECK(run_hjt(parent, reg.path(), "helpers --family " + std::to_string(other)).exit_code == 1);
}
