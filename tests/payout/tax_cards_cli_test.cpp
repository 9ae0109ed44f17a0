// `hjt tax-cards add | list | import` (issue 23): the family registers its
// helper's cards by the helper's import key, in Danish formats; a bad file
// names its lines and stores nothing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"
#include "import/scratch_folder.h"
#include "payout_register.h"
#include "store/import_keys.h"
#include "store/register_repository.h"
#include "store/register_samples.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("hjt tax-cards: add by the helper's key with Danish dates and amounts, list, import all or nothing",
          "[tax_cards][cli]") {
    PayoutRegister reg("tax_cards_cli");
    Id family = 0;
    reg.db().in_transaction([&](soci::session& sql) {
        family = reg.family("Familien Holm");
        const Id helper = store::insert_helper(sql, testing::sample_helper(family));
        store::insert_import_key(sql, "helper", "H001", helper);
    });
    const app::User parent = family_actor("holm", family);

    CliRun added = run_hjt(parent, reg.path(),
                           "tax-cards add --helper H001 --kind frikort --from 01-01-2026 --rate 38 --free-amount 10.000,00");
    CHECK(added.exit_code == 0);
    CHECK(added.out.find("Frikort fra 01-01-2026: trækprocent 38 %, frikortbeløb 10.000,00 kr") != std::string::npos);
    CHECK(run_hjt(parent, reg.path(), "tax-cards add --helper H001 --kind hoved --from 01-01-2026 --rate 38").exit_code == 2);
    CHECK(run_hjt(parent, reg.path(), "tax-cards add --helper H009 --kind bikort --from 01-01-2026 --rate 38").exit_code == 1);

    const hjt::testing::ScratchFolder folder("tax_cards_cli");
    const std::string file = folder.file("skattekort.csv").string();
    std::ofstream(file) << "hjælper;skattekort;gælder_fra;trækprocent;månedsfradrag\n"
                           "H001;hovedkort;01-03-2026;37,5;4.000,00\n"
                           "H001;bikort;01-04-2026;40;100,00\n";
    CliRun refused = run_hjt(parent, reg.path(), "tax-cards import " + file);
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find(":3: monthly_deduction") != std::string::npos);
    std::ofstream(file) << "hjælper;skattekort;gælder_fra;trækprocent;månedsfradrag\n"
                           "H001;hovedkort;01-03-2026;37,5;4.000,00\n";
    CHECK(run_hjt(parent, reg.path(), "tax-cards import " + file).exit_code == 0);

    CliRun listed = run_hjt(parent, reg.path(), "tax-cards list --helper H001");
    CHECK(listed.exit_code == 0);
    CHECK(listed.out.find("Frikort fra 01-01-2026") != std::string::npos);
    CHECK(listed.out.find("Hovedkort fra 01-03-2026: trækprocent 37,5 %, månedsfradrag 4.000,00 kr") != std::string::npos);
    CHECK(listed.out.find("Bikort") == std::string::npos);
    CliRun json = run_hjt(parent, reg.path(), "tax-cards list --helper H001 --json");
    CHECK(json.out.find("\"kind\": \"hovedkort\"") != std::string::npos);
}
