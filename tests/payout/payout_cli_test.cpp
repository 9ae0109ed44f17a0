// `hjt payout ...` and `hjt ledger` as finance staff run them: the real
// executable ($HJT_BIN) on a temp database seeded by `hjt init` from config/.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "cli_runner.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"

using namespace hjt;
using namespace hjt::test;

namespace {

CliRun hjt_as(const std::string& user, PayoutRegister& reg, const std::string& args) {
    return run_hjt(finance_actor(user), reg.path(), args);  // finance staff
}

} // namespace

TEST_CASE("hjt payout: prepare, four eyes on approve, export with bank files, mark-paid, ledger", "[payout][cli]") {
    PayoutRegister reg("payout_cli");
    REQUIRE(hjt_as("anna", reg, "init").exit_code == 0);  // rates and policy from config/ (2024: 12,5 %, 6,00 kr/h)
    Id family = reg.family("Familien Hansen");
    reg.grant(reg.child(family, day(2015, 6, 1)), day(2024, 4, 11), 2000, 13500);

    CHECK(hjt_as("anna", reg, "payout prepare --month 2024-13").exit_code == 2);
    CHECK(hjt_as("anna", reg, "payout prepare --month april").exit_code == 2);
    CHECK(hjt_as("bent", reg, "payout approve --month 2024-04").exit_code == 1);  // nothing prepared

    CliRun prepared = hjt_as("anna", reg, "payout prepare --month 2024-04");
    CHECK(prepared.exit_code == 0);
    CHECK(prepared.out.find("i alt 9.121,67 kr") != std::string::npos);  // the worked example: 20/30 of 13.682,50
    // In Danish (issue 19): the month by name, the pages' word for the status, the flags' summary.
    CHECK(prepared.out.rfind("udbetaling april 2024: Kladde, 1 linje, i alt 9.121,67 kr\nindholds-hash ", 0) == 0);
    CHECK(prepared.out.find("\ningen markeringer\n") != std::string::npos);
    CliRun again = hjt_as("anna", reg, "payout prepare --month 2024-04 --json");
    CHECK(again.out.find("\"unchanged\": true") != std::string::npos);
    // The draft's lines to review, not only its total and hash (issue 19).
    CHECK(again.out.find("\"lines\": [") != std::string::npos);
    CHECK(again.out.find("\"kind\": \"helper\"") != std::string::npos);

    CHECK(hjt_as("anna", reg, "payout approve --month 2024-04").exit_code == 1);  // four eyes
    CliRun approved = hjt_as("bent", reg, "payout approve --month 2024-04");
    CHECK(approved.exit_code == 0);
    CHECK(approved.out.find("godkendt af bent") != std::string::npos);
    CHECK(approved.out.rfind("udbetaling april 2024: Godkendt, 1 linje, i alt 9.121,67 kr\n", 0) == 0);
    CHECK(hjt_as("bent", reg, "payout approve --month 2024-04").exit_code == 1);  // already approved

    auto out = std::filesystem::path(reg.side_file("_out"));
    CliRun exported = hjt_as("anna", reg,
                          "payout export --month 2024-04 --out '" + (out / "run.xlsx").string() + "' --bank '" +
                              (out / "bank").string() + "'");
    CHECK(exported.exit_code == 0);
    CHECK(std::filesystem::exists(out / "run.xlsx"));
    CHECK(std::filesystem::exists(out / "bank.csv"));
    CHECK(std::filesystem::exists(out / "bank.xml"));
    std::filesystem::remove_all(out);

    CliRun paid = hjt_as("carl", reg, "payout mark-paid --month 2024-04");
    CHECK(paid.exit_code == 0);
    CHECK(paid.out.rfind("udbetaling april 2024: Udbetalt, 1 linje, i alt 9.121,67 kr\n", 0) == 0);
    CHECK(paid.out.find("\nmarkeret som udbetalt af carl\n") != std::string::npos);
    CliRun ledger = hjt_as("carl", reg, "ledger --family " + std::to_string(family));
    CHECK(ledger.exit_code == 0);
    CHECK(ledger.out.find("saldo 9.121,67 kr (1 postering)") != std::string::npos);
    // The posting: the run and the month concerned by name, the kind in Danish, the amount right-aligned.
    CHECK(ledger.out.find("  kørsel april 2024     april 2024      Hjælpere                          9.121,67  ") !=
          std::string::npos);
    CHECK(ledger.out.find("helper") == std::string::npos);
    CHECK(hjt_as("carl", reg, "ledger --family 999").exit_code == 1);
}

TEST_CASE("hjt init: a database named by a bare file name is made in the working folder", "[payout][cli]") {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    const auto folder = std::filesystem::temp_directory_path() / ("hjt_init_bare_" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const std::string command = "cd '" + folder.string() + "' && '" + bin + "' init --db bare.db > /dev/null";
    CHECK(std::system(command.c_str()) == 0);
    CHECK(std::filesystem::exists(folder / "bare.db"));
    std::filesystem::remove_all(folder);
}
