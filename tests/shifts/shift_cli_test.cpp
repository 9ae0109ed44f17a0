// `hjt shifts ...`, `hjt payslip` and `hjt payslips` as a user runs them: the
// real executable ($HJT_BIN) on a database set up by `hjt init` (rates and policy from config/).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "payout/cli_runner.h"
#include "shift_fixture.h"

using hjt::test::run_hjt;
using hjt::testing::ShiftFamily;

namespace {

std::string write_file(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

TEST_CASE("cli: shifts import, list, template, payslip and payslips", "[shifts][cli]") {
    ShiftFamily f("shift_cli");
    const std::string db = f.scratch.path();
    REQUIRE(hjt::test::run_hjt_signed_out(db, "init").exit_code == 0);
    const std::string family = std::to_string(f.family);
    const std::string dir = f.scratch.side_file(".files");
    std::filesystem::create_directories(dir);

    const std::string good = write_file(dir + "/good.csv", "helper;date;start;end\nH1;10-03-2026;14:00;18:00\n"
                                                           "H2;10-03-2026;09:00;12:00\n");
    auto imported = run_hjt(hjt::test::caseworker_actor("kari"), db, "shifts import --family " + family + " '" + good + "' --json");
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("\"shifts\": 2") != std::string::npos);

    const std::string bad = write_file(dir + "/bad.csv", "helper;date;start;end\nH1;11-03-2026;10:00;09:00:00\n");
    CHECK(run_hjt(hjt::test::caseworker_actor("kari"), db, "shifts import --family " + family + " '" + bad + "'").exit_code == 1);
    CHECK(f.scratch.count("shifts") == 2);

    auto list = run_hjt(hjt::test::caseworker_actor("kari"), db, "shifts list --helper " + std::to_string(f.helper) + " --month 2026-03");
    CHECK(list.exit_code == 0);
    CHECK(list.out.find("2,00 t uden tilskud: efter 16:00") != std::string::npos);
    // In Danish (issue 19): 14:00–18:00 is 4 hours, of which 2 before 16:00 are subsidised.
    CHECK(list.out.find("  10-03-2026  14:00–18:00  4,00 t i alt, 2,00 t med tilskud; 2,00 t uden tilskud: efter 16:00 "
                        "(tidsrum 07:00–16:00)\n") != std::string::npos);
    CHECK(list.out.find(" i marts 2026:\n") != std::string::npos);
    CHECK(list.out.find("subsidisable") == std::string::npos);
    CHECK(run_hjt(hjt::test::caseworker_actor("kari"), db, "shifts list --helper 1 --month 03-2026").exit_code == 2);

    CHECK(run_hjt(hjt::test::caseworker_actor("kari"), db, "shifts template --out '" + dir + "/t.xlsx' --helper H1").exit_code == 0);
    CHECK(std::filesystem::exists(dir + "/t.xlsx"));
    CHECK(run_hjt(hjt::test::caseworker_actor("kari"), db, "payslip --helper " + std::to_string(f.helper) + " --month 2026-03 --out '" + dir +
                                  "/slip.xlsx'").exit_code == 0);
    CHECK(std::filesystem::exists(dir + "/slip.xlsx"));
    auto payslips = run_hjt(hjt::test::caseworker_actor("kari"), db, "payslips --family " + family + " --month 2026-03 --out '" + dir + "/month'");
    CHECK(payslips.exit_code == 0);
    // What the family pays (issue 23): H1 4 h after 16:00 and H2 3 h on 10 March, all paid: AM-bidrag and A-skat
    // 43,20 + 188,78 + 5,40 + 23,60 (H1, 540,00) + 32,40 + 141,59 + 4,05 + 17,70 (H2, 405,00) = 456,72 → 457.
    CHECK(payslips.out.find("til Skattestyrelsen: 457,00 kr senest 10-04-2026") != std::string::npos);
    CHECK(std::filesystem::exists(dir + "/month/lonoversigt-" + family + "-2026-03.xlsx"));
    CHECK(std::filesystem::exists(dir + "/month/lonseddel-" + std::to_string(f.second_helper) + "-2026-03.xlsx"));
    std::filesystem::remove_all(dir);
}
