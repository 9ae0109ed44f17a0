// The statement from the store: the Holm family of 2024 (statement_world.h),
// figures computed by hand, checked cell by cell and against the ledger.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/payout_service.h"
#include "app/reconciliation_service.h"
#include "app/statement_service.h"
#include "domain/local_time.h"
#include "import/scratch_folder.h"
#include "payout/payout_domain_fixtures.h"
#include "store/register_repository.h"
#include "statement_workbook.h"
#include "statement_world.h"
#include "test_actor.h"

using namespace hjt;
using hjt::test::StatementWorkbook;
using hjt::test::StatementWorld;
using namespace hjt::test::sheets;
using hjt::test::day;

namespace {

const std::set<std::string> kReceivedKinds = {"helper", "fixed", "expense", "adjustment"};

std::string write(soci::session& sql, const testing::ScratchFolder& dir, Id family, int year, Date today) {
    const std::string path = dir.file("statement.xlsx").string();
    reports::write_annual_statement(path, app::annual_statement(sql, family, year, today));
    return path;
}

} // namespace

TEST_CASE("a final year: eligible 109.300,00, received 118.000,00 as in the ledger, a claim of 8.700,00 as posted",
          "[statements][service]") {
    StatementWorld world("statement_final");
    world.pay_year();
    world.make_final();
    testing::ScratchFolder dir("statement_final");
    StatementWorkbook book(write(world.sql(), dir, world.family, 2024, day(2025, 2, 1)));

    // 722 h × 150,00 = 108.300,00 (below 12 × 65 h × 150,00 = 117.000,00) + the expense 1.000,00.
    CHECK(book.hundredths(kSummary, "Bevilgede timer") == 78000);
    CHECK(book.hundredths(kSummary, "Brugte timer med tilskud") == 72200);
    CHECK(book.hundredths(kSummary, "Hjælpere: brugte timer × timepris, højst de bevilgede") == 10830000);
    CHECK(book.hundredths(kSummary, "Udlæg: godkendte og dokumenterede") == 100000);
    CHECK(book.hundredths(kSummary, "Støtteberettiget") == 10930000);
    CHECK(book.hundredths(kSummary, "Modtaget: hjælpere (a conto)") == 11700000);
    CHECK(book.hundredths(kSummary, "Modtaget i alt") == 11800000);
    CHECK(book.hundredths(kSummary, "Saldo: modtaget − støtteberettiget") == 870000);
    CHECK(book.text(kSummary, "Næste skridt", 1) == "Tilbagebetalingskrav");
    CHECK(book.text(kSummary, "Status: Endelig", 0) == "Status: Endelig");

    // The sums on the statement are the ledger's: what was received, and the claim posted when made final.
    CHECK(world.ledger_sum(kReceivedKinds) == 11800000);
    CHECK(world.ledger_sum({"repayment_claim"}) == -870000);
}

TEST_CASE("month by month, per helper, excluded hours with reasons and expenses with their documents",
          "[statements][service]") {
    StatementWorld world("statement_tables");
    world.pay_year();
    world.make_final();
    testing::ScratchFolder dir("statement_tables");
    StatementWorkbook book(write(world.sql(), dir, world.family, 2024, day(2025, 2, 1)));

    const auto march = book.row(kMonths, "marts 2024");
    CHECK(StatementWorkbook::hundredths_of(march, 1) == 6500);
    CHECK(StatementWorkbook::hundredths_of(march, 2) == 6200);  // 60 h + 2 h of 14:00–18:00
    CHECK(StatementWorkbook::hundredths_of(march, 3) == 15000);
    CHECK(StatementWorkbook::hundredths_of(march, 4) == 975000);
    CHECK(StatementWorkbook::hundredths_of(march, 5) == 930000);

    // Row 1 of the helper sheet is its header "Hjælper", so the helper of that name is the second row.
    // Hjælper: 12 × 60 h + 4 h + 3 h worked = 727 h, 722 h subsidised; Mads Holm: a Saturday, 2 h.
    CHECK(StatementWorkbook::hundredths_of(book.row(kHelpers, "Hjælper", 2), 2) == 72700);
    CHECK(StatementWorkbook::hundredths_of(book.row(kHelpers, "Hjælper", 2), 3) == 72200);
    CHECK(StatementWorkbook::hundredths_of(book.row(kHelpers, "Hjælper", 2), 4) == 500);
    CHECK(book.text(kHelpers, "Hjælper", 1, 2) == "020290-XXXX");
    CHECK(StatementWorkbook::hundredths_of(book.row(kHelpers, "Mads Holm"), 4) == 200);

    // The dates are date cells (dd-mm-yyyy), found by their day.
    using date::year;
    const auto tuesday = book.row_dated(kExcluded, year{2024} / 3 / 12);
    CHECK(StatementWorkbook::text_of(tuesday, 2) == "14:00–18:00");
    CHECK(StatementWorkbook::text_of(tuesday, 3) == "efter 16:00 (tidsrum 07:00–16:00)");
    CHECK(StatementWorkbook::hundredths_of(tuesday, 4) == 200);
    CHECK(StatementWorkbook::text_of(book.row_dated(kExcluded, year{2024} / 3 / 16), 3) == "weekend");
    CHECK(StatementWorkbook::text_of(book.row_dated(kExcluded, year{2024} / 6 / 1), 1) == "Mads Holm");
    CHECK(book.sheet_xml(kExcluded).find("<f>SUM(E4:E6)</f><v>7</v>") != std::string::npos);

    const auto paid = book.row_dated(kExpenses, year{2024} / 3 / 10, 1);
    const auto rejected = book.row_dated(kExpenses, year{2024} / 3 / 10, 2);
    CHECK(paid.cells.at(3).text == "BILAG-1");
    CHECK(paid.cells.at(5).text == "Godkendt");
    CHECK(StatementWorkbook::hundredths_of(paid, 7) == 100000);
    CHECK(rejected.cells.at(3).text == "BILAG-2");
    CHECK(rejected.cells.at(5).text == "Afvist");
    CHECK(rejected.cells.at(6).text == "Behandlinger dækkes ikke");
    CHECK(StatementWorkbook::hundredths_of(rejected, 7) == 0);
}

TEST_CASE("a draft says so, a year not reconciled yet is preliminary with the forecast at the current pace",
          "[statements][service]") {
    StatementWorld world("statement_draft");
    testing::ScratchFolder dir("statement_draft");

    // 15 July 2024, nothing paid yet: January–June used 362 of 390 approved hours (54.300,00 kr);
    // the same pace for July–December gives 6 × 65 × 362/390 = 362 h more (54.300,00 kr): 108.600,00
    // eligible against 117.000,00 by the plan. The hours shown add the months' rounded hours: 362 + 6 × 60,33.
    StatementWorkbook open(write(world.sql(), dir, world.family, 2024, day(2024, 7, 15)));
    CHECK(open.text(kSummary, "Næste skridt", 1) == "Foreløbig");
    CHECK(open.hundredths(kSummary, "Forventede brugte timer i året") == 72398);
    CHECK(open.hundredths(kSummary, "Forventet støtteberettiget") == 10860000);
    CHECK(open.hundredths(kSummary, "Forventet modtaget") == 11700000);
    CHECK(open.hundredths(kSummary, "Forventet saldo") == 840000);
    CHECK(open.row(kSummary, "Prognose ved uændret tempo (januar–juni 2024)").cells.size() == 2);

    world.pay_year();
    world.db().in_transaction([&](soci::session& s) {
        app::reconcile_year(s, test::finance_actor(test::kFinance), 2024, world.family, false, day(2025, 1, 5));
    });
    StatementWorkbook draft(write(world.sql(), dir, world.family, 2024, day(2025, 1, 5)));
    CHECK(draft.text(kSummary, "Status: Kladde (ikke endelig)", 0) == "Status: Kladde (ikke endelig)");
    CHECK(draft.text(kSummary, "Næste skridt", 2).find("Familien betaler 8.700,00 kr tilbage") == 0);
    CHECK(world.ledger_sum({"repayment_claim"}) == 0);  // a draft posts nothing
}

TEST_CASE("two children: each child's figures, and together exactly what the ledger received", "[statements][service]") {
    StatementWorld world("statement_children");
    world.second_child();
    world.pay_year();
    world.make_final();
    testing::ScratchFolder dir("statement_children");
    StatementWorkbook book(write(world.sql(), dir, world.family, 2024, day(2025, 2, 1)));

    const long long ida = book.hundredths(kSummary, "Modtaget i alt", 1, 1);
    const long long bo = book.hundredths(kSummary, "Modtaget i alt", 1, 2);
    CHECK(ida > 0);
    CHECK(bo > 0);
    CHECK(ida + bo == world.ledger_sum(kReceivedKinds));
    CHECK(book.hundredths(kSummary, "Modtaget") == ida + bo);
    const long long balance = book.hundredths(kSummary, "Saldo");
    CHECK(balance == book.hundredths(kSummary, "Saldo: modtaget − støtteberettiget", 1, 1) +
                         book.hundredths(kSummary, "Saldo: modtaget − støtteberettiget", 1, 2));
    CHECK(-world.ledger_sum({"repayment_claim", "top_up"}) == balance);
    CHECK(book.text(kMonths + 1, "Timer pr. måned 2024, Bo", 0) == "Timer pr. måned 2024, Bo");
}

TEST_CASE("no CPR number appears unmasked anywhere in the statement file", "[statements][service][cpr]") {
    StatementWorld world("statement_cpr");
    world.second_child();
    testing::ScratchFolder dir("statement_cpr");
    const std::string all = StatementWorkbook(write(world.sql(), dir, world.family, 2024, day(2024, 7, 15))).all_parts();
    CHECK(all.find("010315-XXXX") != std::string::npos);
    CHECK(all.find("020290-XXXX") != std::string::npos);
    for (const char* cpr : {"010315-1234", "0103151234", "020290-1234", "0202901234", "030391-2345", "200518-4321"})
        CHECK(all.find(cpr) == std::string::npos);
}

TEST_CASE("an estimated cap (2026) is marked 'skønnet sats' with its source", "[statements][service]") {
    StatementWorld world("statement_estimated");
    testing::ScratchFolder dir("statement_estimated");
    StatementWorkbook book(write(world.sql(), dir, world.family, 2026, day(2026, 11, 24)));
    CHECK(book.text(kSummary, "Årsloft pr. barn", 2) == "skønnet sats");
    CHECK(book.hundredths(kSummary, "Årsloft pr. barn") == 74092400);
    CHECK(book.text(kSummary, "Årsloft for hjemmetræning pr. barn 2026", 1) == "740.924,00 kr");
    CHECK(book.text(kSummary, "Årsloft for hjemmetræning pr. barn 2026", 2).find("skønnet sats: Estimated") == 0);
}

TEST_CASE("statements for all families: one file each, progress, and finance's overview with totals",
          "[statements][service]") {
    StatementWorld world("statement_all");
    world.pay_year();
    world.make_final();
    Family other;
    other.name = "Familien Berg";
    other.cvr = "20000008";
    const Id berg = store::insert_family(world.sql(), other);
    testing::ScratchFolder dir("statement_all");

    long long last_done = -1, last_total = -1;
    std::vector<reports::FinanceOverviewRow> rows;  // as each statement is written
    auto report = app::write_all_statements(
        world.sql(), 2024, day(2025, 2, 1), dir.path(), app::load_letter_settings("config"),
        [&](const std::string&, long long done, long long total) {
            last_done = done;
            last_total = total;
        },
        [&](const reports::FinanceOverviewRow& row) { rows.push_back(row); });
    CHECK(last_done == 2);
    CHECK(last_total == 2);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].family_id == world.family);
    CHECK(rows[1].family_id == berg);
    CHECK(rows[0].file == dir.file(app::statement_file_name(world.family, 2024)).string());
    // The report's totals are the overview's: Holm's year (the other family has none).
    CHECK(report.totals.families == 2);
    CHECK(report.totals.received == Money::ore(11800000));
    CHECK(report.totals.eligible == Money::ore(10930000));
    CHECK(report.totals.balance == Money::ore(870000));
    CHECK(report.totals.repayment_claims == Money::ore(870000));
    CHECK(std::filesystem::exists(dir.file(app::statement_file_name(world.family, 2024))));
    CHECK(std::filesystem::exists(dir.file(app::statement_file_name(berg, 2024))));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 3);

    StatementWorkbook overview(report.overview_file);
    const auto holm = overview.row(1, std::to_string(world.family));
    CHECK(holm.cells.at(1).text == "Familien Holm");
    CHECK(StatementWorkbook::hundredths_of(holm, 4) == 11800000);
    CHECK(StatementWorkbook::hundredths_of(holm, 5) == 10930000);
    CHECK(StatementWorkbook::hundredths_of(holm, 6) == 870000);
    CHECK(StatementWorkbook::hundredths_of(holm, 7) == 870000);
    CHECK(holm.cells.at(9).text == "Tilbagebetalingskrav");
    CHECK(holm.cells.at(10).text == "Endelig");
    CHECK(overview.sheet_xml(1).find("<f>SUM(E4:E5)</f><v>118000</v>") != std::string::npos);
}

TEST_CASE("an overview left unclosed, as when a statement fails half way, leaves no file that looks whole",
          "[statements][service]") {
    testing::ScratchFolder dir("overview_unclosed");
    const std::string path = dir.file("oversigt.xlsx").string();
    {
        reports::FinanceOverviewWriter overview(path, 2024);
        overview.add({});
    }
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 0);
    reports::FinanceOverviewWriter closed(path, 2024);
    closed.add({});
    closed.close();
    CHECK(std::filesystem::exists(path));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
}

TEST_CASE("the statement names the settings in force: the helper window, extra days and the payroll policy",
          "[statements][service][policy]") {
    StatementWorld world("statement_settings");
    testing::ScratchFolder dir("statement_settings");
    const std::string all = StatementWorkbook(write(world.sql(), dir, world.family, 2024, day(2024, 7, 15))).all_parts();
    CHECK(all.find("Kommunens indstillinger") != std::string::npos);
    CHECK(all.find("kommunens politik, ikke lov") != std::string::npos);
    CHECK(all.find("Ekstra dage uden tilskud: ingen") != std::string::npos);
    CHECK(all.find("Løn: Indkomstart: A-indkomst") != std::string::npos);
    CHECK(all.find("øreafrunding metode 1") != std::string::npos);
    CHECK(all.find("Husstandshjælp (Ferieloven § 43): nej") != std::string::npos);
}

TEST_CASE("a draft computed before later runs is not shown stale: the statement recomputes it and says when",
          "[statements][service][fresh]") {
    StatementWorld world("statement_stale");
    testing::ScratchFolder dir("statement_stale");
    auto pay = [&](unsigned m) {
        world.db().in_transaction([&](soci::session& s) {
            app::prepare_payout(s, test::finance_actor(test::kFinance), test::month(2024, m), test::example_rates());
        });
        world.db().in_transaction(
            [&](soci::session& s) { app::approve_payout(s, test::finance_actor(test::kFinance2), test::month(2024, m)); });
    };
    for (unsigned m = 1; m <= 6; ++m) pay(m);
    world.db().in_transaction([&](soci::session& s) {
        app::reconcile_year(s, test::finance_actor(test::kFinance), 2024, world.family, false, day(2024, 7, 15));
    });
    std::string draft_at;
    world.sql() << "SELECT computed_at FROM reconciliations", soci::into(draft_at);
    for (unsigned m = 7; m <= 12; ++m) pay(m);

    // The stored draft counts January–June; the ledger holds the whole year.
    REQUIRE(world.number("SELECT SUM(amount_ore) FROM reconciliation_received") < world.ledger_sum(kReceivedKinds));
    StatementWorkbook stale(write(world.sql(), dir, world.family, 2024, day(2025, 1, 5)));
    CHECK(stale.hundredths(kSummary, "Modtaget i alt") == world.ledger_sum(kReceivedKinds));
    CHECK(stale.hundredths(kSummary, "Modtaget i alt") == 11800000);
    CHECK(stale.text(kSummary, "Status: Kladde (ikke endelig)", 0) == "Status: Kladde (ikke endelig)");
    const std::string note = stale.text(kSummary, "Tallene er beregnet", 2);
    CHECK(note.find("kladden fra " + danish_local_time(draft_at)) == 0);
    CHECK(note.find("var beregnet før senere ændringer; tallene her er beregnet på ny") != std::string::npos);
    CHECK(stale.text(kSummary, "Udbetalinger medregnet", 2) ==
          "godkendte kørsler 2024-01, 2024-02, 2024-03, 2024-04, 2024-05, 2024-06, 2024-07, 2024-08, 2024-09,"
          " 2024-10, 2024-11, 2024-12");
    // Nothing was stored by making the statement.
    CHECK(world.number("SELECT COUNT(*) FROM audit_log WHERE entity = 'reconciliation'") == 1);

    // Recomputed and stored, the draft is fresh: shown as stored, with its time and no note.
    world.db().in_transaction([&](soci::session& s) {
        app::reconcile_year(s, test::finance_actor(test::kFinance), 2024, world.family, false, day(2025, 1, 5));
    });
    world.sql() << "SELECT computed_at FROM reconciliations", soci::into(draft_at);
    StatementWorkbook fresh(write(world.sql(), dir, world.family, 2024, day(2025, 1, 5)));
    CHECK(fresh.hundredths(kSummary, "Modtaget i alt") == 11800000);
    CHECK(fresh.text(kSummary, "Tallene er beregnet", 2).empty());
    CHECK(fresh.text(kSummary, "Tallene er beregnet", 1) == danish_local_time(draft_at));
}
