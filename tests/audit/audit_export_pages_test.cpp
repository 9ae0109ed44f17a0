// The auditor's export reads the year's postings from the store a page at a
// time (twice: once for the totals the sheets' formulas cache, once for the
// rows as they are written): the files must be exactly those of the postings
// read all at once, whatever the page size, and those of the export gathered
// whole (app::gather_audit_export, as the API's download), which makes its
// postings the same way. The sample municipality's 96 postings in pages of
// one and of 32 (every page full, then an empty one) and of five (the last
// page short). The reconciliations (computed a page of families at a time
// for their totals, then read as stored, the drafts found stale taken from the
// first pass) and the grants (read a page of children at a time) likewise.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <regex>

#include "app/audit_export_service.h"
#include "app/payout_export.h"
#include "domain/csv.h"
#include "export_scan.h"
#include "import/scratch_folder.h"
#include "reports/audit_export_csv.h"
#include "sample_books.h"

using namespace hjt;
using namespace hjt::test;

namespace {

app::AuditExportResult export_in_pages(SampleBooks& books, const std::string& out, app::AuditExportFormat format,
                                       const app::AuditExportPages& pages) {
    app::AuditExportResult result;
    books.db().in_transaction(
        [&](soci::session& sql) {
            result = app::export_audit(sql, test::auditor_actor("revisor"), SampleBooks::kYear, out, format, pages);
        },
        store::Database::Mode::read);
    return result;
}

// The text with the moments of writing and of computing now left out.
std::string without_moments(const std::string& text) {
    static const std::regex utc(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
    static const std::regex danish(R"(\d\d-\d\d-\d{4} kl\. \d\d:\d\d)");
    return std::regex_replace(std::regex_replace(text, utc, "<utc>"), danish, "<tid>");
}

// Every part of the workbook, moments left out.
std::map<std::string, std::string> workbook_parts(const std::string& path) {
    auto parts = zip_parts(file_bytes(path));
    for (auto& [name, text] : parts) text = without_moments(text);
    return parts;
}

// The CSV files of the export gathered whole (as the API's download), moments left out.
std::map<std::string, std::string> gathered_csv_files(SampleBooks& books, const std::string& folder);

// Every CSV file of the folder by name, moments left out.
std::map<std::string, std::string> csv_files(const std::string& folder) {
    std::map<std::string, std::string> files;
    for (const auto& f : std::filesystem::directory_iterator(folder))
        files[f.path().filename().string()] = without_moments(file_bytes(f.path().string()));
    return files;
}

std::map<std::string, std::string> gathered_csv_files(SampleBooks& books, const std::string& folder) {
    books.db().in_transaction(
        [&](soci::session& sql) {
            reports::write_audit_export_csv(
                folder, reports::audit_export_sheets(app::gather_audit_export(sql, SampleBooks::kYear, test::auditor_actor("revisor"))));
        },
        store::Database::Mode::read);
    return csv_files(folder);
}

} // namespace

TEST_CASE("the export's postings read a page at a time give the files of all postings at once", "[audit][pages]") {
    SampleBooks books("audit_export_pages");
    const auto postings = static_cast<std::size_t>(books.number("SELECT COUNT(*) FROM ledger_postings"));
    INFO("postings: " << postings);
    REQUIRE(postings == 96);
    REQUIRE(postings < static_cast<std::size_t>(app::kPostingsAPage));  // the default: one page

    testing::ScratchFolder out("audit_export_pages");
    const auto whole = export_in_pages(books, out.file("whole.xlsx").string(), app::AuditExportFormat::xlsx, {});
    CHECK(whole.postings == postings);
    const auto expected = workbook_parts(out.file("whole.xlsx").string());
    CHECK(expected.at("xl/worksheets/sheet2.xml").find("<f>SUM(H2:H" + std::to_string(postings + 1) + ")</f>") !=
          std::string::npos);
    for (int a_page : {1, 5, 32}) {
        INFO("postings a page: " << a_page);
        const std::string name = "paged" + std::to_string(a_page) + ".xlsx";
        const auto paged = export_in_pages(books, out.file(name).string(), app::AuditExportFormat::xlsx, {.postings = a_page});
        CHECK(paged.postings == postings);
        CHECK(paged.tie_out.postings == whole.tie_out.postings);
        CHECK(paged.tie_out.postings_from_runs == whole.tie_out.postings_from_runs);
        CHECK(paged.tie_out.postings_received == whole.tie_out.postings_received);
        CHECK(workbook_parts(out.file(name).string()) == expected);
    }

    // The CSV files of the export written in pages of five are those of the export gathered whole.
    export_in_pages(books, out.file("paged_csv").string(), app::AuditExportFormat::csv, {.postings = 5});
    const auto gathered = gathered_csv_files(books, out.file("gathered_csv").string());
    CHECK(csv_files(out.file("paged_csv").string()) == gathered);
    std::size_t rows = 0;
    for (const auto& row : parse_csv(gathered.at("posteringer.csv")))
        if (row.fields.size() == 16 && !row.fields[0].empty() && std::isdigit(static_cast<unsigned char>(row.fields[0][0])))
            ++rows;
    CHECK(rows == postings);
}

TEST_CASE("the export's reconciliations and grants read a page of the register at a time give the files of one page",
          "[audit][pages]") {
    SampleBooks books("audit_export_register_pages");  // drafts computed before March's run
    // March's run makes the drafts of the families it pays stale: the export shows those recomputed.
    const Month march = date::year{SampleBooks::kYear} / date::March;
    books.db().in_transaction([&](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("finance1"), march); });
    books.db().in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), march); });
    // Three families' drafts stored again, fresh: those are shown as stored.
    books.db().in_transaction([&](soci::session& sql) {
        for (Id family : {1, 2, 3})
            app::reconcile_year(sql, test::finance_actor("finance1"), SampleBooks::kYear, family, false,
                                app::today_in_copenhagen());
    });
    const auto families = books.number("SELECT COUNT(*) FROM families");
    const auto reconciled_families =
        books.number("SELECT COUNT(DISTINCT c.family_id) FROM reconciliations r JOIN children c ON c.id = r.child_id"
                     " WHERE r.year = " + std::to_string(SampleBooks::kYear));
    const auto granted_children = books.number("SELECT COUNT(DISTINCT child_id) FROM grants");
    INFO("families: " << families << ", with reconciliations: " << reconciled_families
                      << ", children with grants: " << granted_children);
    // More than a page of a few, so that pages of one and of two split them.
    REQUIRE(reconciled_families > 2);
    REQUIRE(granted_children > 2);
    REQUIRE(families < static_cast<long long>(store::kFamiliesAPage));  // the default: one page

    testing::ScratchFolder out("audit_export_register_pages");
    const auto whole = export_in_pages(books, out.file("whole.xlsx").string(), app::AuditExportFormat::xlsx, {});
    REQUIRE(whole.reconciliations);
    CHECK(*whole.reconciliations == static_cast<std::size_t>(books.number(
                                        "SELECT COUNT(*) FROM reconciliations WHERE year = " +
                                        std::to_string(SampleBooks::kYear))));
    const auto expected = workbook_parts(out.file("whole.xlsx").string());
    for (std::size_t a_page : {1, 2, 3}) {
        INFO("families and children a page: " << a_page);
        const std::string name = "register" + std::to_string(a_page) + ".xlsx";
        const auto paged = export_in_pages(books, out.file(name).string(), app::AuditExportFormat::xlsx,
                                           {.families = a_page, .children = a_page});
        CHECK(paged.reconciliations == whole.reconciliations);
        CHECK(paged.tie_out.reconciled_received == whole.tie_out.reconciled_received);
        CHECK(workbook_parts(out.file(name).string()) == expected);
    }

    // Written a family and a child a page, the CSV files are those of the export gathered whole.
    export_in_pages(books, out.file("register_csv").string(), app::AuditExportFormat::csv,
                    {.families = 1, .children = 1});
    const auto gathered = gathered_csv_files(books, out.file("gathered_csv").string());
    CHECK(csv_files(out.file("register_csv").string()) == gathered);
    std::size_t recomputed = 0, as_stored = 0;
    for (const auto& row : parse_csv(gathered.at("aarsopgoerelser.csv"))) {
        if (row.fields.size() != 14) continue;
        recomputed += row.fields[13].rfind("Genberegnet ved dannelsen: kladden fra ", 0) == 0 ? 1 : 0;
        as_stored += row.fields[13] == "Som gemt" ? 1 : 0;
    }
    CHECK(recomputed > 0);
    CHECK(as_stored > 0);
    CHECK(recomputed + as_stored == *whole.reconciliations);
    std::size_t versions = 0;
    for (const auto& row : parse_csv(gathered.at("bevillinger.csv"))) versions += row.fields.size() == 20 ? 1 : 0;
    CHECK(versions > 2);  // the header and the versions of the grants valid in the year
}
