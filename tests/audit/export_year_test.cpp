// The auditor's export of a year (issue 16 item 9): the audit entries of the
// year are those made in it and those concerning it (year-end work on a year
// is done the year after), each saying why; the export exits 3 when the books
// do not tie, the file written all the same; reconciliations say when their
// figures were computed.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/audit_export_service.h"
#include "domain/csv.h"
#include "export_scan.h"
#include "import/scratch_folder.h"
#include "payout/cli_runner.h"
#include "sample_books.h"
#include "support/clock.h"

using namespace hjt;
using namespace hjt::test;

namespace {


app::AuditExportResult export_csv(SampleBooks& books, int year, const std::string& out) {
    app::AuditExportResult result;
    books.db().in_transaction(
        [&](soci::session& sql) { result = app::export_audit(sql, test::auditor_actor("revisor"), year, out, app::AuditExportFormat::csv); },
        store::Database::Mode::read);
    return result;
}

// The audit sheet's rows by entry id: the fields of each.
std::map<std::string, std::vector<std::string>> audit_rows(const std::string& folder) {
    std::map<std::string, std::vector<std::string>> rows;
    for (auto& row : parse_csv(file_bytes(folder + "/revisionsspor.csv")))
        if (row.fields.size() == 12 && row.fields[0] != "Post-id") rows[row.fields[0]] = row.fields;
    return rows;
}

} // namespace

TEST_CASE("last year's export holds the year-end work on it done this year, saying why each entry is there",
          "[audit][export]") {
    SampleBooks books("export_year_end");
    const int last_year = this_year() - 1;
    // Year-end work on last year, done now: family 1's year made final.
    books.db().in_transaction([&](soci::session& sql) {
        app::reconcile_year(sql, test::finance_actor("finance1"), last_year, 1, true, date::year{this_year()} / 1 / 15);
    });
    const long long year_end = books.number("SELECT MAX(id) FROM audit_log WHERE action = 'finalise'");
    REQUIRE(year_end > 0);

    testing::ScratchFolder out("export_year_end");
    auto result = export_csv(books, last_year, out.file("last").string());
    auto rows = audit_rows(out.file("last").string());
    CHECK(result.audit_entries == rows.size());
    REQUIRE(rows.count(std::to_string(year_end)));
    const auto& entry = rows.at(std::to_string(year_end));
    CHECK(entry[3] == "finalise");
    CHECK(entry[11] == "vedrører " + std::to_string(last_year) + " (foretaget " + support::utc_now().substr(0, 10) + ")");
    // Entries made now that concern this year are not last year's.
    const long long run_entry = books.number("SELECT MIN(id) FROM audit_log WHERE entity = 'payout_run'");
    CHECK_FALSE(rows.count(std::to_string(run_entry)));

    // This year's export lists what was made in it, and says which also concern it.
    auto current = export_csv(books, this_year(), out.file("this").string());
    auto this_rows = audit_rows(out.file("this").string());
    CHECK(this_rows.at(std::to_string(year_end))[11] == "foretaget i " + std::to_string(this_year()));
    CHECK(this_rows.at(std::to_string(run_entry))[11] ==
          (this_year() == SampleBooks::kYear ? "foretaget i og vedrører " + std::to_string(this_year())
                                             : "foretaget i " + std::to_string(this_year())));
    CHECK(current.audit_entries == this_rows.size());
}

TEST_CASE("hjt audit export exits 3 when the books do not tie, and still writes the file", "[audit][export][cli]") {
    SampleBooks books("export_exit_code");
    testing::ScratchFolder out("export_exit_code");
    const std::string year = std::to_string(SampleBooks::kYear);
    auto tied = run_hjt(test::auditor_actor("revisor"), books.path(), "audit export --year " + year + " --out '" +
                                                     out.file("tied.xlsx").string() + "'");
    CHECK(tied.exit_code == 0);
    CHECK(tied.out.find("STEMMER IKKE") == std::string::npos);

    books.sql() << "UPDATE payout_runs SET total_ore = total_ore + 100 WHERE month = '2026-02'";
    auto untied = run_hjt(test::auditor_actor("revisor"), books.path(), "audit export --year " + year + " --out '" +
                                                       out.file("untied.xlsx").string() + "'");
    CHECK(untied.exit_code == 3);
    CHECK(untied.out.find("STEMMER IKKE") != std::string::npos);
    CHECK(untied.out.find("REGNSKABET AFVIGER FRA REVISIONSSPORET: payout_runs række ") != std::string::npos);
    CHECK(std::filesystem::file_size(out.file("untied.xlsx")) > 0);
}

TEST_CASE("a stale draft is recomputed in the export, which says so and when", "[audit][export][fresh]") {
    SampleBooks books("export_stale");  // drafts computed before March's run
    const Month march = date::year{SampleBooks::kYear} / date::March;
    books.db().in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), march); });
    books.db().in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), march); });
    testing::ScratchFolder out("export_stale");
    auto result = export_csv(books, SampleBooks::kYear, out.file("csv").string());
    REQUIRE(result.tie_out.reconciled_received);
    CHECK(*result.tie_out.reconciled_received == result.tie_out.postings_received);
    bool said = false;
    for (auto& row : parse_csv(file_bytes(out.file("csv").string() + "/aarsopgoerelser.csv")))
        if (row.fields.size() == 14 && row.fields[13].rfind("Genberegnet ved dannelsen: kladden fra ", 0) == 0)
            said = true;
    CHECK(said);
}

TEST_CASE("the export's format is read in one place for the CLI and the API: xlsx unless csv is named",
          "[audit][export]") {
    CHECK(app::audit_export_format(std::nullopt) == app::AuditExportFormat::xlsx);
    CHECK(app::audit_export_format("xlsx") == app::AuditExportFormat::xlsx);
    CHECK(app::audit_export_format("csv") == app::AuditExportFormat::csv);
    for (const char* wrong : {"", "CSV", "pdf", "csv "}) {
        try {
            app::audit_export_format(std::string(wrong));
            FAIL("accepted '" << wrong << "'");
        } catch (const ValidationError& e) {
            CHECK(e.field() == "format");
            CHECK(std::string(e.what()) == "\"" + std::string(wrong) + "\" er ikke tilladt; skriv en af: xlsx / csv");
        }
    }
}
