// The export of the sample municipality's 2026 books (two approved runs,
// draft reconciliations): it ties out, a tampered audit row shows as a broken
// chain naming the entry, no CPR number or bank account is shown in full, and
// the CSV variant is what Danish Excel opens right.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#include "app/audit_export_service.h"
#include "app/xlsx_reader.h"
#include "domain/csv.h"
#include "domain/danish_format.h"
#include "export_scan.h"
#include "import/scratch_folder.h"
#include "payout/cli_runner.h"
#include "sample_books.h"
#include "support/clock.h"
#include "test_actor.h"
#include "xlsx_date_cell.h"

using namespace hjt;
using namespace hjt::test;

namespace {

using OutFolder = testing::ScratchFolder;

app::AuditExportResult export_year(SampleBooks& books, int year, const std::string& out, app::AuditExportFormat f) {
    app::AuditExportResult result;
    books.db().in_transaction([&](soci::session& sql) { result = app::export_audit(sql, test::auditor_actor("revisor"), year, out, f); },
                              store::Database::Mode::read);
    return result;
}

// The year the audit entries written now belong to.

// The text of a cell of the first sheet ("Sådan kontrolleres"), by Excel row and 0-based column.
std::string how_to_cell(const std::string& xlsx, std::size_t row, int col) {
    for (const auto& r : app::read_first_sheet(file_bytes(xlsx), xlsx))
        if (r.number == row) return r.cells.count(col) ? r.cells.at(col).text : "";
    return "";
}

std::vector<CsvRow> csv_rows(const std::string& path) { return parse_csv(file_bytes(path)); }

} // namespace

TEST_CASE("the sample municipality's export ties out: postings = runs = reconciliations' received", "[audit]") {
    SampleBooks books("audit_sample_ties");
    // Booked: the approved runs' lines less those held back (owed, not posted).
    const Money booked = Money::ore(books.number(
        "SELECT SUM(l.amount_ore) FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
        " WHERE r.status <> 'draft' AND l.held_back = ''"));
    REQUIRE(booked > Money{});
    REQUIRE(books.number("SELECT COUNT(*) FROM reconciliations WHERE year = 2026") > 0);

    OutFolder out("ties");
    auto result = export_year(books, SampleBooks::kYear, out.file("books.xlsx").string(), app::AuditExportFormat::xlsx);
    const auto& t = result.tie_out;
    CHECK(result.runs == 2);
    CHECK(result.postings == static_cast<std::size_t>(books.number("SELECT COUNT(*) FROM ledger_postings")));
    CHECK(t.runs_booked == booked);
    CHECK(t.postings_from_runs == booked);
    CHECK(t.postings_received ==
          Money::ore(books.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind NOT LIKE 'lost_earnings%'")));
    REQUIRE(t.reconciled_received);
    CHECK(*t.reconciled_received == t.postings_received);
    CHECK(*t.reconciled_received ==
          Money::ore(books.number("SELECT SUM(x.amount_ore) FROM reconciliation_received x"
                                  " JOIN reconciliations r ON r.id = x.reconciliation_id WHERE r.year = 2026")));

    // The workbook says the same, with the figures as formulas over the other sheets.
    CHECK(how_to_cell(out.file("books.xlsx").string(), 2, 5) == "Stemmer");
    CHECK(how_to_cell(out.file("books.xlsx").string(), 3, 5) == "Stemmer");
    auto parts = zip_parts(file_bytes(out.file("books.xlsx").string()));
    CHECK(parts.at("xl/worksheets/sheet1.xml").find("<f>'Posteringer'!H") != std::string::npos);
    CHECK(parts.at("xl/worksheets/sheet3.xml").find("<f>SUMIF('Posteringer'!I2:") != std::string::npos);
}

TEST_CASE("a tampered audit row shows up in the export as a failed verification naming the entry", "[audit]") {
    SampleBooks books("audit_sample_tampered");
    OutFolder out("tampered");
    auto clean = export_year(books, this_year(), out.file("clean.xlsx").string(), app::AuditExportFormat::xlsx);
    CHECK(clean.chain.ok);
    CHECK(how_to_cell(out.file("clean.xlsx").string(), 4, 5).rfind("OK: alle ", 0) == 0);

    const long long entry = books.number("SELECT MIN(id) FROM audit_log WHERE entity = 'family'");
    books.sql() << "UPDATE audit_log SET actor = 'mallory' WHERE id = :id", soci::use(entry);

    auto tampered = export_year(books, this_year(), out.file("tampered.xlsx").string(), app::AuditExportFormat::xlsx);
    CHECK_FALSE(tampered.chain.ok);
    CHECK(how_to_cell(out.file("tampered.xlsx").string(), 4, 5) ==
          "BRUDT ved post " + std::to_string(entry) + ": hashen passer ikke med postens indhold (posten er ændret)");

    export_year(books, this_year(), out.file("csv").string(), app::AuditExportFormat::csv);
    std::map<std::string, std::string> check_of;
    for (const auto& row : csv_rows(out.file("csv/revisionsspor.csv").string()))
        if (row.fields.size() == 12) check_of[row.fields[0]] = row.fields[10];
    CHECK(check_of.at(std::to_string(entry - 1)) == "OK");
    CHECK(check_of.at(std::to_string(entry)).rfind("BRUDT: hashen passer ikke", 0) == 0);
    CHECK(check_of.at(std::to_string(entry + 1)) == "Ikke bekræftet: kæden er brudt ved post " + std::to_string(entry));
}

TEST_CASE("no CPR number and no bank account appears in full anywhere in the export", "[audit]") {
    // The scanner finds what it must and nothing else.
    CHECK(unmasked_cpr_numbers("<t>020510-4202</t> and 0205104202;").size() == 2);
    CHECK(unmasked_cpr_numbers("<t>020510-XXXX</t> 9f0205104202ab 20260101-1234 12345678901 <v>12.0699999999</v>")
              .empty());

    SampleBooks books("audit_sample_masked");
    std::vector<std::string> cprs, accounts;
    for (const char* query : {"SELECT cpr FROM children", "SELECT cpr FROM helpers", "SELECT parent_cpr FROM lost_earnings_awards"}) {
        soci::rowset<std::string> rows = (books.sql().prepare << query);
        cprs.insert(cprs.end(), rows.begin(), rows.end());
    }
    soci::rowset<std::string> stored_accounts = (books.sql().prepare << "SELECT bank_account FROM families WHERE"
                                                                        " length(bank_account) >= 5");
    accounts.assign(stored_accounts.begin(), stored_accounts.end());
    REQUIRE(std::find(cprs.begin(), cprs.end(), "020510-4202") != cprs.end());  // the register holds them in full
    REQUIRE(accounts.size() >= 20);

    OutFolder out("masked");
    std::map<std::string, std::string> texts;  // every XML part and CSV file of both years' exports
    for (int year : std::set<int>{SampleBooks::kYear, this_year()}) {
        const std::string name = std::to_string(year);
        export_year(books, year, out.file(name + ".xlsx").string(), app::AuditExportFormat::xlsx);
        for (auto& [part, text] : zip_parts(file_bytes(out.file(name + ".xlsx").string()))) texts[name + ":" + part] = text;
        for (const auto& f : export_year(books, year, out.file(name).string(), app::AuditExportFormat::csv).files)
            texts[f] = file_bytes(f);
    }
    REQUIRE(texts.size() > 16);
    bool masked_shown = false;
    for (const auto& [name, text] : texts) {
        INFO(name);
        CHECK(unmasked_cpr_numbers(text) == std::vector<std::string>{});
        for (const auto& account : accounts) CHECK(text.find(account) == std::string::npos);
        masked_shown = masked_shown || text.find("020510-XXXX") != std::string::npos;
    }
    CHECK(masked_shown);  // the grants sheet shows the child, masked
}

TEST_CASE("the CSV variant: one file per sheet, UTF-8 with BOM, semicolons and decimal commas", "[audit]") {
    SampleBooks books("audit_sample_csv");
    OutFolder out("csv");
    auto result = export_year(books, SampleBooks::kYear, out.file("csv").string(), app::AuditExportFormat::csv);
    std::vector<std::string> names;
    for (const auto& f : result.files) names.push_back(std::filesystem::path(f).filename().string());
    CHECK(names == std::vector<std::string>{"saadan_kontrolleres.csv", "posteringer.csv", "koersler.csv",
                                            "aarsopgoerelser.csv", "bevillinger.csv", "tabt_arbejdsfortjeneste.csv",
                                            "satser.csv", "bilag.csv", "krav.csv", "indbetalinger.csv", "modregninger.csv",
                                            "revisionsspor.csv"});
    for (const auto& f : result.files) {
        INFO(f);
        const std::string text = file_bytes(f);
        CHECK(text.rfind("\xEF\xBB\xBF", 0) == 0);
        CHECK(text.substr(0, text.find('\n')).find(';') != std::string::npos);
    }

    // Every posting's amount has a decimal comma and no grouping; those from runs add up to the runs.
    Money from_runs;
    std::size_t postings = 0;
    for (const auto& row : csv_rows(out.file("csv/posteringer.csv").string())) {
        if (row.line == 1 || row.fields.at(0).empty()) continue;  // header, totals rows
        ++postings;
        const std::string& amount = row.fields.at(7);
        INFO(amount);
        CHECK(std::regex_match(amount, std::regex("-?[0-9]+,[0-9]{2}")));
        if (!row.fields.at(8).empty()) from_runs += *parse_amount(amount);
    }
    CHECK(postings == result.postings);
    CHECK(from_runs == result.tie_out.runs_booked);
}

TEST_CASE("hjt audit export: the workbook or the CSV folder, a summary, usage errors", "[audit][cli]") {
    SampleBooks books("audit_sample_cli");
    OutFolder out("cli");
    const std::string db = books.path();
    CliRun run = run_hjt(test::auditor_actor("revisor"), db, "audit export --year 2026 --out '" + out.file("r.xlsx").string() + "' --json");
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("\"ties\": true") != std::string::npos);
    CHECK(run.out.find("\"chain_ok\": true") != std::string::npos);
    CHECK(std::filesystem::exists(out.file("r.xlsx").string()));
    CliRun csv = run_hjt(test::auditor_actor("revisor"), db, "audit export --year 2026 --format csv --out '" + out.file("c").string() + "'");
    CHECK(csv.exit_code == 0);
    CHECK(csv.out.find("posteringer fra kørsler") != std::string::npos);
    CHECK(std::filesystem::exists(out.file("c/posteringer.csv").string()));
    CHECK(run_hjt(test::auditor_actor("revisor"), db, "audit export --out x.xlsx").exit_code == 2);
    // A value the option cannot take is refused like a year out of range: exit 1, the field named.
    CliRun pdf = run_hjt(test::auditor_actor("revisor"), db, "audit export --year 2026 --out x.pdf --format pdf");
    CHECK(pdf.exit_code == 1);
    CHECK(pdf.err.find("\"pdf\" er ikke tilladt; skriv en af: xlsx / csv") != std::string::npos);
    CHECK(run_hjt(test::auditor_actor("revisor"), db, "audit export --year 1999 --out '" + out.file("old.xlsx").string() + "'").exit_code == 1);
}

TEST_CASE("the export's dates are real date cells in the workbook and ISO dates in the CSV files", "[audit]") {
    SampleBooks books("audit_sample_dates");
    OutFolder out("dates");
    export_year(books, SampleBooks::kYear, out.file("books.xlsx").string(), app::AuditExportFormat::xlsx);
    export_year(books, SampleBooks::kYear, out.file("csv").string(), app::AuditExportFormat::csv);
    const std::string bytes = file_bytes(out.file("books.xlsx").string());
    constexpr int kGrantsSheet = 5;  // Bevillinger: H the decision's date, I valid from
    const auto header = app::read_sheet(bytes, kGrantsSheet, "books.xlsx").front();
    CHECK(header.cells.at(7).text == "Afgørelsesdato");
    CHECK(header.cells.at(8).text == "Gyldig fra");
    const auto decided = test::date_cell(bytes, kGrantsSheet, "H2");
    const auto from = test::date_cell(bytes, kGrantsSheet, "I2");
    REQUIRE(decided);
    REQUIRE(from);
    CHECK_FALSE(test::date_cell(bytes, kGrantsSheet, "A2"));  // an id is a number, not a date
    const auto rows = csv_rows(out.file("csv/bevillinger.csv").string());
    REQUIRE(rows.size() > 1);
    CHECK(rows.at(1).fields.at(7) == date::format("%F", *decided));
    CHECK(rows.at(1).fields.at(8) == date::format("%F", *from));
}
