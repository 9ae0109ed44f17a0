// `hjt lost-earnings add | statement` and the award's lines in `hjt payout
// prepare`, on a temp database seeded by `hjt init` from config/.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/xlsx_reader.h"
#include "cli_runner.h"
#include "domain/eindkomst_line_check.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Full time off at 30.000 kr, pension 8 %, trækprocent 38 % from 1 January 2024,
// paid to the parent's own account; the pension to the configured default payee.
std::string add_args(Id child, const std::string& purpose, const std::string& from = "2024-01-01",
                     const std::string& parent_reg = "5301") {
    return "lost-earnings add --child " + std::to_string(child) +
           " --parent-name Mette --parent-cpr 050585-1234 --from " + from +
           " --income 30.000,00 --hours-off 37 --normal-hours 37 --pension 8 --tax-rate 38 --purpose '" + purpose + "'" +
           " --parent-reg " + parent_reg + " --parent-account 0000654321";
}

// Finance staff run the payout; the caseworker keeps the register.
const app::User anna = finance_actor("anna"), bent = finance_actor("bent"), kari = caseworker_actor("kari");

} // namespace

TEST_CASE("hjt lost-earnings: refusals, an award, its statements and its lines in the payout run",
          "[lost_earnings][cli]") {
    PayoutRegister reg("lost_earnings_cli");
    REQUIRE(run_hjt_signed_out(reg.path(), "init").exit_code == 0);
    Id family = reg.family("Familien Holm");
    Id child = reg.child(family, day(2015, 6, 1));

    CHECK(run_hjt(kari, reg.path(), add_args(child, "Hjemmeundervisning")).exit_code == 1);
    CHECK(run_hjt(kari, reg.path(), add_args(child, "hjemmetraening", "2033-06-01")).exit_code == 1);  // the 18th birthday
    CHECK(run_hjt(kari, reg.path(), "lost-earnings add --child " + std::to_string(child)).exit_code == 2);
    CHECK(run_hjt(kari, reg.path(), add_args(child, "hjemmetraening", "2024-01-01", "53")).exit_code == 1);  // reg.no.
    CHECK(run_hjt(kari, reg.path(), add_args(child, "hjemmetraening") + " --pension-reg 9570").exit_code == 2);
    CHECK(reg.count("lost_earnings_awards") == 0);

    CliRun added = run_hjt(kari, reg.path(), add_args(child, "hjemmetraening") + " --json");
    REQUIRE(added.exit_code == 0);
    REQUIRE(reg.count("lost_earnings_awards") == 1);
    CHECK(added.out.find("050585-XXXX") != std::string::npos);
    const std::string award = " --award 1";

    auto dir = std::filesystem::temp_directory_path() / ("lost_earnings_cli_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    CliRun month = run_hjt(anna, reg.path(),
                           "lost-earnings statement" + award + " --month 2024-03 --out '" + (dir / "m.xlsx").string() + "'");
    CHECK(month.exit_code == 0);
    CHECK(month.out.find("udbetalt 17.055,53 kr") != std::string::npos);
    CHECK(month.out.rfind("marts 2024: ydelse 30.000,00 kr, pension 2.400,00 kr", 0) == 0);  // issue 19: the month by name
    std::string sheet = app::xlsx_part(read_bytes(dir / "m.xlsx"), "xl/sharedStrings.xml", "m.xlsx");
    CHECK(sheet.find("Indkomst før") != std::string::npos);
    CHECK(sheet.find("050585-XXXX") != std::string::npos);
    CHECK(sheet.find("050585-1234") == std::string::npos);
    CHECK(sheet.find("anslået") == std::string::npos);

    CliRun year = run_hjt(anna, reg.path(),
                          "lost-earnings statement" + award + " --year 2026 --out '" + (dir / "y.xlsx").string() + "' --json");
    CHECK(year.exit_code == 0);
    CHECK(year.out.find("\"cap_estimated\": true") != std::string::npos);
    CHECK(app::xlsx_part(read_bytes(dir / "y.xlsx"), "xl/sharedStrings.xml", "y.xlsx").find("anslået") !=
          std::string::npos);
    CHECK(run_hjt(anna, reg.path(), "lost-earnings statement" + award + " --out x.xlsx").exit_code == 2);
    std::filesystem::remove_all(dir);

    // The parent's account a caseworker gave is under verification: finance confirms it, not the caseworker.
    CHECK(run_hjt(kari, reg.path(), "lost-earnings confirm-account" + award).exit_code == 5);
    CHECK(run_hjt(bent, reg.path(), "lost-earnings confirm-account" + award).exit_code == 0);
    CliRun prepared = run_hjt(anna, reg.path(), "payout prepare --month 2024-03");
    CHECK(prepared.exit_code == 0);
    CHECK(prepared.out.find("i alt 32.400,00 kr") != std::string::npos);  // benefit 30.000,00 + pension 2.400,00

    // The bank file: the parent's net and the pension (config's default payee), the withholding listed.
    REQUIRE(run_hjt(bent, reg.path(), "payout approve --month 2024-03").exit_code == 0);
    auto bank = std::filesystem::temp_directory_path() / ("lost_earnings_cli_bank_" + std::to_string(::getpid()));
    CliRun exported = run_hjt(anna, reg.path(),
                              "payout export --month 2024-03 --out '" + (bank / "run.xlsx").string() + "' --bank '" +
                                  (bank / "bank").string() + "'");
    std::filesystem::remove_all(bank);
    CHECK(exported.exit_code == 0);
    CHECK(exported.out.find("(2 overførsler, 19.455,53 kr)") != std::string::npos);  // 17.055,53 + 2.400,00
    CHECK(exported.out.find("indeholdt til Skattestyrelsen: 12.944,47 kr, sparede udgifter holdt tilbage: 0,00 kr, tilbageholdt: 0,00 kr") !=
          std::string::npos);
}

TEST_CASE("hjt lost-earnings accounts: a benefit held back for want of the parent's account is paid by the next run",
          "[lost_earnings][cli]") {
    PayoutRegister reg("lost_earnings_cli_accounts");
    REQUIRE(run_hjt_signed_out(reg.path(), "init").exit_code == 0);
    Id child = reg.child(reg.family("Familien Holm"), day(2015, 6, 1));
    std::string without_account = add_args(child, "hjemmetraening");
    without_account.erase(without_account.find(" --parent-reg"));
    REQUIRE(run_hjt(kari, reg.path(), without_account).exit_code == 0);

    CliRun march = run_hjt(anna, reg.path(), "payout prepare --month 2024-03");
    // The benefit and its pension stay in the run, held back and flagged.
    CHECK(march.out.find("i alt 32.400,00 kr") != std::string::npos);
    CHECK(march.out.find("tilbageholdt (skyldes; udbetales, når årsagen er rettet): 32.400,00 kr") != std::string::npos);
    REQUIRE(run_hjt(bent, reg.path(), "payout approve --month 2024-03").exit_code == 0);

    CHECK(run_hjt(kari, reg.path(), "lost-earnings accounts --award 1 --parent-reg 12 --parent-account 1")
              .exit_code == 1);
    CliRun set = run_hjt(kari, reg.path(),
                         "lost-earnings accounts --award 1 --parent-reg 5301 --parent-account 0000654321");
    CHECK(set.exit_code == 0);
    CHECK(set.out.find("5301 ****4321") != std::string::npos);
    // April, before anyone confirmed the new account: held again (April's 32.400,00; March's stays owed).
    CliRun unconfirmed = run_hjt(anna, reg.path(), "payout prepare --month 2024-04");
    CHECK(unconfirmed.out.find("i alt 32.400,00 kr") != std::string::npos);
    CHECK(unconfirmed.out.find("tilbageholdt (skyldes; udbetales, når årsagen er rettet): 32.400,00 kr") != std::string::npos);
    CHECK(unconfirmed.out.find("Bankkonto til kontrol") != std::string::npos);
    CliRun confirmed = run_hjt(bent, reg.path(), "lost-earnings confirm-account --award 1");
    CHECK(confirmed.exit_code == 0);
    CHECK(confirmed.out == "bevilling af tabt arbejdsfortjeneste 1: konti bekræftet af bent\n");
    // April again: March's held-back benefit and pension paid (32.400,00) + April's (32.400,00).
    CliRun april = run_hjt(anna, reg.path(), "payout prepare --month 2024-04");
    CHECK(april.out.find("i alt 64.800,00 kr") != std::string::npos);
    CHECK(april.out.find("tilbageholdt (skyldes") == std::string::npos);
}

TEST_CASE("hjt lost-earnings terms: an award stored without the parent's hours is held until a caseworker sets them",
          "[lost_earnings][cli]") {
    PayoutRegister reg("lost_earnings_cli_terms");
    REQUIRE(run_hjt_signed_out(reg.path(), "init").exit_code == 0);
    Id child = reg.child(reg.family("Familien Holm"), day(2015, 6, 1));
    std::string without_hours = add_args(child, "hjemmetraening");
    without_hours.erase(without_hours.find(" --normal-hours 37"), std::string(" --normal-hours 37").size());
    CHECK(run_hjt(kari, reg.path(), without_hours).exit_code == 2);  // required on a new award
    REQUIRE(run_hjt(kari, reg.path(), add_args(child, "hjemmetraening")).exit_code == 0);
    // As migration 6 leaves an award stored with the old default 37: not given.
    reg.sql() << "UPDATE lost_earnings_awards SET normal_hours_given = 0";

    CliRun march = run_hjt(anna, reg.path(), "payout prepare --month 2024-03");
    CHECK(march.exit_code == 0);
    CHECK(march.out.find("i alt 0,00 kr") != std::string::npos);
    CHECK(march.out.find("Forælderens normale arbejdstid mangler") != std::string::npos);
    REQUIRE(run_hjt(bent, reg.path(), "payout approve --month 2024-03").exit_code == 0);

    CHECK(run_hjt(kari, reg.path(), "lost-earnings terms --award 1 --normal-hours 0").exit_code == 1);
    CHECK(run_hjt(kari, reg.path(), "lost-earnings terms --award 1 --holidays 2024-04-10").exit_code == 2);
    CliRun set = run_hjt(kari, reg.path(), "lost-earnings terms --award 1 --normal-hours 37 "
                                             "--holidays '2024-04-08..2024-04-12'");
    CHECK(set.exit_code == 0);
    CHECK(set.out == "bevilling af tabt arbejdsfortjeneste 1: normal arbejdstid 37,00 t/uge, ferie: 08-04-2024..12-04-2024\n");
    // April: March caught up (30.000,00 + 2.400,00), April less 5 holiday days: 30.000 × 25/30 = 25.000,00
    // and pension min(2.500,00, 8 % × 25.000,00) = 2.000,00.
    CliRun april = run_hjt(anna, reg.path(), "payout prepare --month 2024-04");
    CHECK(april.out.find("i alt 59.400,00 kr") != std::string::npos);
}

TEST_CASE("hjt eindkomst: the municipality reports the lost earnings its approved run paid, under its own SE number",
          "[lost_earnings][cli][eindkomst]") {
    PayoutRegister reg("lost_earnings_cli_eindkomst");
    REQUIRE(run_hjt_signed_out(reg.path(), "init").exit_code == 0);
    Id child = reg.child(reg.family("Familien Holm"), day(2015, 6, 1));
    REQUIRE(run_hjt(kari, reg.path(), add_args(child, "hjemmetraening")).exit_code == 0);
    REQUIRE(run_hjt(bent, reg.path(), "lost-earnings confirm-account --award 1").exit_code == 0);
    const std::string dir = reg.side_file(".eindkomst");

    // A draft run is not paid: nothing to report yet.
    REQUIRE(run_hjt(anna, reg.path(), "payout prepare --month 2024-03").exit_code == 0);
    CliRun draft = run_hjt(anna, reg.path(), "eindkomst --month 2024-03 --out '" + dir + "'");
    CHECK(draft.exit_code == 0);
    CHECK(draft.out.find("uændret") != std::string::npos);
    CHECK(reg.count("eindkomst_reports") == 0);

    REQUIRE(run_hjt(bent, reg.path(), "payout approve --month 2024-03").exit_code == 0);
    CliRun run = run_hjt(anna, reg.path(), "eindkomst --month 2024-03 --out '" + dir + "'");
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("Kommunen (tabt arbejdsfortjeneste) (SE 30000005)") != std::string::npos);
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
    REQUIRE(files.size() == 1);
    std::ifstream in(files[0], std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string file = bytes.str();
    INFO(file);
    CHECK(eindkomst_problems(file).empty());
    // 1000, 2001, 5000, 6000, 13, 15, 16, 45, 46, 68, 148, 9999. Full time off at 30.000,00 (f = 1):
    // ATP 99,00 / 198,00 (160,33 h ≥ 117 h), AM-bidrag 8 % × 29.901,00 = 2.392,08,
    // A-skat 38 % × 27.508,92 = 10.453,39 (method 1: with øre), pension 8 % × 30.000,00 = 2.400,00.
    const auto lines = eindkomst_lines(file);
    REQUIRE(lines.size() == 12);
    CHECK(eindkomst_field(lines[1], 4) == "30000005");
    CHECK(eindkomst_field(lines[3], 4) == "0505851234");
    CHECK(lines[4].substr(11) == "0013" "0000029901" "000000" "+");
    CHECK(lines[5].substr(11) == "0015" "0000010453" "390000" "+");
    CHECK(lines[6].substr(11) == "0016" "0000002392" "080000" "+");
    CHECK(lines[7].substr(11) == "0045" "A         ");
    CHECK(lines[8].substr(11) == "0046" "0000000297" "000000" "+");
    CHECK(lines[9].substr(11) == "0068" "0105      ");
    CHECK(lines[10].substr(11) == "0148" "0000002400" "000000" "+");

    // Reported once: the same month again sends nothing.
    CHECK(run_hjt(anna, reg.path(), "eindkomst --month 2024-03 --out '" + dir + "'").out.find("uændret") !=
          std::string::npos);
    std::filesystem::remove_all(dir);
}
