// The statement workbook itself: hand-made reconciliation figures in, the
// exact cells out (values, formulas with their cached values, the chart, the
// estimated rates), and no CPR number in any part of the file.
#include <catch2/catch.hpp>

#include "import/scratch_folder.h"
#include "reports/annual_statement_sheet.h"
#include "statement_workbook.h"

using namespace hjt;
using namespace hjt::reports;
using hjt::test::StatementWorkbook;

namespace {

constexpr int kSummary = 1;

// 20 h/week at 157,875 kr/h (135,00 + 12,5 % + 6,00): 86,67 approved hours and
// 13.682,50 kr a month; 80 hours used a month = 12.630,00 kr. Pooled over the
// year: eligible helper cost 12 × 12.630,00 = 151.560,00. Received 12 ×
// 13.682,50 = 164.190,00 for the helpers and 1.500,00 for two expenses, of
// which 1.000,00 (a course in Denmark) is eligible and 500,00 (treatment) not.
ChildReconciliation asta() {
    ChildReconciliation r;
    r.family_id = 7;
    r.child_id = 11;
    r.child_name = "Asta";
    r.year = 2026;
    for (unsigned m = 1; m <= 12; ++m) {
        ReconciliationMonthResult month;
        month.month = date::year{2026} / date::month{m};
        month.approved_hours = Hours::hundredths(8667);
        month.used_hours = Hours::whole(80);
        month.hourly_cost = Money::ore(15788);
        month.approved_cost = Money::ore(1368250);
        month.used_cost = Money::ore(1263000);
        month.eligible_cost = Money::ore(1263000);
        r.months.push_back(month);
    }
    r.approved_hours = Hours::hundredths(12 * 8667);
    r.used_hours = Hours::whole(960);
    r.approved_cost = Money::ore(16419000);
    r.used_cost = Money::ore(15156000);
    r.eligible_helper = Money::ore(15156000);
    r.eligible_expenses = Money::kroner(1000);
    r.eligible_before_cap = Money::ore(15256000);
    r.year_cap = Money::kroner(706600);
    r.eligible = Money::ore(15256000);
    r.received[LineKind::helper] = Money::ore(16419000);
    r.received[LineKind::expense] = Money::kroner(1500);
    r.balance = Money::ore(1313000);
    r.outcome = ReconciliationOutcome::repayment_claim;
    r.settlement = -Money::ore(1313000);
    return r;
}

AnnualStatement statement() {
    AnnualStatement s;
    s.family_id = 7;
    s.family_name = "Familien Holm";
    s.family_cvr = "12345674";
    s.year = 2026;
    s.children.push_back({"120318-XXXX", StatementStatus::draft, asta(), "2025-01-05T10:00:00Z", ""});
    s.helpers = {{"Mette Hansen", "030392-XXXX", Hours::whole(500), Hours::whole(480)},
                 {"Ole Berg", "040485-XXXX", Hours::hundredths(50050), Hours::whole(480)}};
    s.exclusions = {{Date{date::year{2026} / 3 / 10}, "Mette Hansen", "14:00–18:00", "efter 16:00 (tidsrum 07:00–16:00)",
                     Hours::whole(2)},
                    {Date{date::year{2026} / 3 / 14}, "Ole Berg", "09:00–12:30", "weekend", Hours::hundredths(350)}};
    s.expenses = {{Date{date::year{2026} / 2 / 2}, "Asta", "kursus", "BILAG-17", Money::kroner(1000), "Godkendt", "",
                   Money::kroner(1000)},
                  {Date{date::year{2026} / 4 / 9}, "Asta", "behandling", "BILAG-18", Money::kroner(500), "Godkendt",
                   "behandling dækkes ikke (sundhedsbehandling)", Money{}}};
    return s;
}

} // namespace

TEST_CASE("the summary shows eligible, received, balance and the repayment claim to the øre, totals as formulas",
          "[statements][sheet]") {
    testing::ScratchFolder dir("statement_summary");
    const std::string path = dir.file("s.xlsx").string();
    write_annual_statement(path, statement());
    StatementWorkbook book(path);

    CHECK(book.hundredths(kSummary, "Bevilgede timer") == 104004);
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

TEST_CASE("hours per month planned vs used with their totals and a chart; per helper; excluded hours; expenses",
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
    const auto total = book.row(2, "I alt");
    CHECK(StatementWorkbook::hundredths_of(total, 1) == 104004);
    CHECK(StatementWorkbook::hundredths_of(total, 2) == 96000);
    CHECK(StatementWorkbook::hundredths_of(total, 4) == 16419000);
    CHECK(StatementWorkbook::hundredths_of(total, 5) == 15156000);
    CHECK(book.sheet_xml(2).find("<f>SUM(B5:B16)</f>") != std::string::npos);
    CHECK(book.all_parts().find("<c:barDir val=\"col\"/>") != std::string::npos);  // the column chart
    CHECK(book.all_parts().find("<c:f>'Timer pr. måned'!$C$5:$C$16</c:f>") != std::string::npos);  // used hours

    const auto helpers = book.row(3, "I alt");
    CHECK(StatementWorkbook::hundredths_of(helpers, 2) == 100050);
    CHECK(StatementWorkbook::hundredths_of(helpers, 3) == 96000);
    CHECK(StatementWorkbook::hundredths_of(helpers, 4) == 4050);
    CHECK(StatementWorkbook::hundredths_of(book.row(3, "Ole Berg"), 4) == 2050);

    CHECK(book.text(4, "10-03-2026", 3) == "efter 16:00 (tidsrum 07:00–16:00)");
    CHECK(StatementWorkbook::hundredths_of(book.row(4, "14-03-2026"), 4) == 350);
    CHECK(book.sheet_xml(4).find("<f>SUM(E4:E5)</f><v>5.5</v>") != std::string::npos);

    CHECK(book.text(5, "09-04-2026", 3) == "BILAG-18");
    CHECK(book.text(5, "09-04-2026", 6) == "behandling dækkes ikke (sundhedsbehandling)");
    CHECK(StatementWorkbook::hundredths_of(book.row(5, "09-04-2026"), 7) == 0);
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
    CHECK(book.sheet_xml(kSummary).find("<f>B24+B43</f>") != std::string::npos);
    CHECK(book.text(2, "Timer pr. måned 2026, Asta", 0) == "Timer pr. måned 2026, Asta");
    CHECK(book.text(3, "Timer pr. måned 2026, Bo", 0) == "Timer pr. måned 2026, Bo");
    CHECK(book.all_parts().find("Timer pr. måned, barn 2") != std::string::npos);
}
