// The statement workbook itself: hand-made reconciliation figures in, the
// exact cells out (values, formulas with their cached values, the chart, the
// estimated rates), and no CPR number in any part of the file.
#include <catch2/catch.hpp>

#include "import/scratch_folder.h"
#include "reports/annual_statement_sheet.h"
#include "asta_statement.h"
#include "statement_workbook.h"
#include "xlsx_date_cell.h"

using namespace hjt;
using namespace hjt::reports;
using hjt::test::StatementWorkbook;
using namespace hjt::test::sheets;
using hjt::test::asta;
using hjt::test::statement;


TEST_CASE("the summary shows eligible, received, balance and the repayment claim to the øre, totals as formulas",
          "[statements][sheet]") {
    testing::ScratchFolder dir("statement_summary");
    const std::string path = dir.file("s.xlsx").string();
    write_annual_statement(path, statement());
    StatementWorkbook book(path);

    // The year's approved hours from the exact total (20 × 52), not 12 × 86,67 = 1.040,04.
    CHECK(book.hundredths(kSummary, "Bevilgede timer") == 104000);
    CHECK(book.hundredths(kSummary, "Brugte timer med tilskud") == 96000);
    CHECK(book.hundredths(kSummary, "Hjælpere: brugte timer × timepris, højst de bevilgede") == 15156000);
    CHECK(book.hundredths(kSummary, "Udlæg: godkendte og dokumenterede") == 100000);
    CHECK(book.hundredths(kSummary, "Faste beløb (som udbetalt)") == 0);
    CHECK(book.hundredths(kSummary, "Støtteberettiget før årsloft") == 15256000);
    CHECK(book.hundredths(kSummary, "Årsloft pr. barn") == 70660000);
    CHECK(book.text(kSummary, "Årsloft pr. barn", 2).empty());  // a published cap is not marked
    CHECK(book.hundredths(kSummary, "Støtteberettiget") == 15256000);
    CHECK(book.hundredths(kSummary, "Modtaget i alt") == 16569000);
    CHECK(book.hundredths(kSummary, "Saldo: modtaget − støtteberettiget") == 1313000);
    CHECK(book.text(kSummary, "Næste skridt", 1) == "Tilbagebetalingskrav");
    CHECK(book.text(kSummary, "Næste skridt", 2).find("Familien betaler 13.130,00 kr tilbage") == 0);
    CHECK(book.text(kSummary, "Status: Kladde (ikke endelig)", 0) == "Status: Kladde (ikke endelig)");

    // Each step of the computation, to redo by hand (domain.md §4: 157,875 kr an hour, kept exact).
    CHECK(book.text(kSummary, "Bevilgede timer × timepris", 2) == "1.040,00 × 157,875 kr = 164.190,00 kr");
    CHECK(book.text(kSummary, "Brugte timer × timepris", 2) == "960,00 × 157,875 kr = 151.560,00 kr");
    CHECK(book.text(kSummary, "Hjælpere: brugt beløb, højst det bevilgede", 2) ==
          "det mindste af 151.560,00 kr og 164.190,00 kr = 151.560,00 kr");
    CHECK(book.text(kSummary, "Hjælpere + udlæg + faste beløb", 2) ==
          "151.560,00 kr + 1.000,00 kr + 0,00 kr = 152.560,00 kr");
    CHECK(book.text(kSummary, "Støtteberettiget: højst årsloftet", 2) ==
          "det mindste af 152.560,00 kr og 706.600,00 kr = 152.560,00 kr");
    CHECK(book.text(kSummary, "Modtaget − støtteberettiget = saldo", 2) ==
          "165.690,00 kr − 152.560,00 kr = 13.130,00 kr");
    // A draft is no decision: no issue date, appeal deadline or guidance.
    CHECK(book.all_parts().find("Klagefrist") == std::string::npos);

    // When the figures were computed, and from which runs.
    CHECK(book.text(kSummary, "Tallene er beregnet", 1) == "05-01-2025 kl. 11:00");  // Danish winter time
    CHECK(book.text(kSummary, "Tallene er beregnet", 2).empty());  // not a stale draft recomputed
    CHECK(book.text(kSummary, "Udbetalinger medregnet", 2) == "ingen godkendte kørsler endnu");

    // The totals are formulas over the lines above, with their values cached.
    const std::string xml = book.sheet_xml(kSummary);
    CHECK(xml.find("<f>SUM(B12:B14)</f><v>152560</v>") != std::string::npos);
    CHECK(xml.find("<f>MIN(B15,B16)</f><v>152560</v>") != std::string::npos);
    CHECK(xml.find("<f>SUM(B19:B22)</f><v>165690</v>") != std::string::npos);
    CHECK(xml.find("<f>B23-B17</f><v>13130</v>") != std::string::npos);
}

TEST_CASE("hours per month planned vs used with their totals and a chart, per helper, excluded hours, expenses",
          "[statements][sheet]") {
    testing::ScratchFolder dir("statement_tables");
    const std::string path = dir.file("s.xlsx").string();
    write_annual_statement(path, statement());
    StatementWorkbook book(path);

    const auto months = book.sheet(2);
    CHECK(book.text(2, "marts 2026", 0) == "marts 2026");
    CHECK(StatementWorkbook::hundredths_of(book.row(2, "marts 2026"), 1) == 8667);
    CHECK(StatementWorkbook::hundredths_of(book.row(2, "marts 2026"), 2) == 8000);
    CHECK(StatementWorkbook::hundredths_of(book.row(2, "marts 2026"), 4) == 1368250);
    CHECK(StatementWorkbook::text_of(book.row(2, "marts 2026"), 3) == "157.875");  // the exact hourly cost
    const auto total = book.row(2, "I alt");
    CHECK(StatementWorkbook::hundredths_of(total, 1) == 104000);  // the exact yearly total, not SUM of the months
    CHECK(StatementWorkbook::hundredths_of(total, 2) == 96000);
    CHECK(StatementWorkbook::hundredths_of(total, 4) == 16419000);
    CHECK(StatementWorkbook::hundredths_of(total, 5) == 15156000);
    CHECK(book.sheet_xml(2).find("<f>SUM(C5:C16)</f>") != std::string::npos);
    CHECK(book.all_parts().find("afrundet én gang") != std::string::npos);
    CHECK(book.all_parts().find("<c:barDir val=\"col\"/>") != std::string::npos);  // the column chart
    CHECK(book.all_parts().find("<c:f>'Timer pr. måned'!$C$5:$C$16</c:f>") != std::string::npos);  // used hours

    const auto helpers = book.row(3, "I alt");
    CHECK(StatementWorkbook::hundredths_of(helpers, 2) == 100050);
    CHECK(StatementWorkbook::hundredths_of(helpers, 3) == 96000);
    CHECK(StatementWorkbook::hundredths_of(helpers, 4) == 4050);
    CHECK(StatementWorkbook::hundredths_of(book.row(3, "Ole Berg"), 4) == 2050);

    // Dates are real date cells (dd-mm-yyyy), not text.
    using date::year;
    CHECK(StatementWorkbook::text_of(book.row_dated(4, year{2026} / 3 / 10), 3) == "efter 16:00 (tidsrum 07:00–16:00)");
    CHECK(StatementWorkbook::hundredths_of(book.row_dated(4, year{2026} / 3 / 14), 4) == 350);
    CHECK(test::date_cell(book.bytes(), 4, "A4") == year{2026} / 3 / 10);
    CHECK(book.sheet_xml(4).find("<f>SUM(E4:E5)</f><v>5.5</v>") != std::string::npos);

    const auto treatment = book.row_dated(5, year{2026} / 4 / 9);
    CHECK(StatementWorkbook::text_of(treatment, 3) == "BILAG-18");
    CHECK(StatementWorkbook::text_of(treatment, 6) == "behandling dækkes ikke (sundhedsbehandling)");
    CHECK(StatementWorkbook::hundredths_of(treatment, 7) == 0);
    CHECK(test::date_cell(book.bytes(), 5, "A5") == year{2026} / 4 / 9);
    CHECK(book.sheet_xml(5).find("<f>SUM(H4:H5)</f><v>1000</v>") != std::string::npos);
}

TEST_CASE("an estimated cap and hourly-cost rate are marked 'skønnet sats'", "[statements][sheet]") {
    testing::ScratchFolder dir("statement_estimated");
    const std::string path = dir.file("s.xlsx").string();
    auto s = statement();
    s.children[0].figures.year_cap_estimated = true;
    s.children[0].figures.uses_estimates = true;
    s.estimates = {{"Årsloft for hjemmetræning pr. barn 2026", "720.732,00 kr", "2024-satsen fremskrevet med 2,0 % om året",
                    false},
                   {"Feriepengesats 2026", "12,5 %", "sidst kendte sats", true}};
    write_annual_statement(path, s);
    StatementWorkbook book(path);
    CHECK(book.text(kSummary, "Årsloft pr. barn", 2) == "skønnet sats");
    CHECK(book.text(kSummary, "Årsloft for hjemmetræning pr. barn 2026", 1) == "720.732,00 kr");
    CHECK(book.text(kSummary, "Årsloft for hjemmetræning pr. barn 2026", 2) ==
          "skønnet sats: 2024-satsen fremskrevet med 2,0 % om året");
    CHECK(book.text(kSummary, "Feriepengesats 2026", 2) == "skønnet sats: sidst kendte sats");
    CHECK(book.all_parts().find("Timeprisen bygger på en skønnet sats") != std::string::npos);

    // Without estimates neither mark appears anywhere.
    const std::string plain = dir.file("plain.xlsx").string();
    write_annual_statement(plain, statement());
    CHECK(StatementWorkbook(plain).all_parts().find("skønnet") == std::string::npos);
}

TEST_CASE("two children: a month sheet each and the family's totals as formulas over both", "[statements][sheet]") {
    testing::ScratchFolder dir("statement_two_children");
    const std::string path = dir.file("s.xlsx").string();
    auto s = statement();
    auto bo = asta();
    bo.child_name = "Bo";
    bo.received[LineKind::expense] = Money{};
    bo.eligible_expenses = Money{};
    bo.eligible_before_cap = bo.eligible = Money::ore(15156000);
    bo.balance = Money::ore(1263000);
    s.children.push_back({"010120-XXXX", StatementStatus::draft, bo, "2025-01-05T10:00:00Z", ""});
    write_annual_statement(path, s);
    StatementWorkbook book(path);

    CHECK(book.hundredths(kSummary, "Saldo: modtaget − støtteberettiget", 1, 2) == 1263000);
    CHECK(book.hundredths(kSummary, "Saldo") == 1313000 + 1263000);
    CHECK(book.hundredths(kSummary, "Modtaget") == 16569000 + 16419000);
    CHECK(book.sheet_xml(kSummary).find("<f>B24+B51</f>") != std::string::npos);  // each child: its figures, then "Sådan er tallene regnet"
    CHECK(book.text(2, "Timer pr. måned 2026, Asta", 0) == "Timer pr. måned 2026, Asta");
    CHECK(book.text(3, "Timer pr. måned 2026, Bo", 0) == "Timer pr. måned 2026, Bo");
    CHECK(book.all_parts().find("Timer pr. måned, barn 2") != std::string::npos);
}

TEST_CASE("a final statement is a decision: issue date and appeal deadline as date cells, and the appeal guidance",
          "[statements][sheet]") {
    testing::ScratchFolder dir("statement_decision");
    const std::string path = dir.file("s.xlsx").string();
    auto s = statement();
    s.children[0].status = StatementStatus::final;
    s.decision = StatementDecision{Date{date::year{2027} / 2 / 5}, Date{date::year{2027} / 3 / 5}, "Du kan klage."};
    write_annual_statement(path, s);
    StatementWorkbook book(path);
    const auto issued = book.row(kSummary, "Afgørelsens dato");
    const auto deadline = book.row(kSummary, "Klagefrist");
    CHECK(test::date_cell(book.bytes(), kSummary, "B" + std::to_string(issued.number)) == date::year{2027} / 2 / 5);
    CHECK(test::date_cell(book.bytes(), kSummary, "B" + std::to_string(deadline.number)) == date::year{2027} / 3 / 5);
    CHECK(book.text(kSummary, "Klagevejledning", 2) == "Du kan klage.");
    // A text that reads like a date is not taken for one.
    CHECK_FALSE(test::date_cell(book.bytes(), kSummary, "A" + std::to_string(issued.number)));
}
