// Issue 17: a name a caseworker types reaches the CSV files finance and the
// auditors open in Danish Excel. A name that begins like a formula must arrive
// there as text: every field of every CSV file hjt writes is checked.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/audit_export_service.h"
#include "app/payout_export.h"
#include "app/register_service.h"
#include "domain/csv.h"
#include "export_scan.h"
#include "import/scratch_folder.h"
#include "sample_books.h"
#include "store/register_repository.h"
#include "test_actor.h"

using namespace hjt;

namespace {

const std::string kFormulaName = "=HYPERLINK(\"http://angriber.example/\",\"klik\")";
const std::string kParentName = "+cmd|' /C calc'!A0";
const std::string kPensionName = "@SUM(1+1)*cmd";

// A field a spreadsheet would evaluate: begins with = + - @ tab or CR and is not a plain number.
bool live_formula(const std::string& field) {
    return !field.empty() && std::string("=+-@\t\r").find(field[0]) != std::string::npos &&
           spreadsheet_safe(field) != field;
}

// Every family gets the formula name; every award's parent and pension scheme too.
void hostile_names(soci::session& sql) {
    for (Family f : store::list_families(sql)) {
        f.name = kFormulaName;
        app::update_family(sql, test::caseworker_actor("sagsbehandler"), f);
    }
    // Awards are never edited in hjt: the parent's name is set as an import would have stored it.
    for (LostEarningsAward a : store::awards_touching(sql, date::year{2000} / 1 / 1, date::year{2099} / 12 / 31)) {
        sql << "UPDATE lost_earnings_awards SET parent_name = :n WHERE id = :id", soci::use(kParentName),
            soci::use(a.id);
        if (a.pension_payee) {
            a.pension_payee->name = kPensionName;
            app::set_award_accounts(sql, test::caseworker_actor("sagsbehandler"), a.id, a.parent_bank, a.pension_payee);
        }
    }
}

// The hostile names each file holds as text, and no field of it a live formula.
std::size_t names_as_text(const std::string& path) {
    std::size_t found = 0;
    for (const auto& row : parse_csv(test::file_bytes(path)))
        for (const auto& field : row.fields) {
            INFO(path << ": " << field);
            CHECK_FALSE(live_formula(field));
            for (const auto& name : {kFormulaName, kParentName, kPensionName})
                if (field.find(name) != std::string::npos) ++found;
        }
    return found;
}

} // namespace

TEST_CASE("a family, parent or pension name written as a formula is text in the bank CSV and every audit CSV",
          "[audit][csv][security]") {
    test::SampleBooks books("csv_injection", hostile_names);
    testing::ScratchFolder out("csv_injection");

    app::PayoutExport files;
    books.db().in_transaction([&](soci::session& sql) {
        files = app::export_payout(sql, test::finance_actor("finance1"), date::year{2026} / 2, out.file("run.xlsx").string(),
                                   app::BankFileRequest{out.file("bank").string(), reports::Debtor{"Hjemby Kommune", "DK4515510001234567", ""},
                                                        date::year{2026} / 2 / 1});
    });
    REQUIRE(files.csv);
    CHECK(names_as_text(*files.csv) > 0);

    app::AuditExportResult audit;
    books.db().in_transaction(
        [&](soci::session& sql) {
            audit = app::export_audit(sql, test::auditor_actor("revisor"), test::SampleBooks::kYear,
                                      out.file("csv").string(), app::AuditExportFormat::csv);
        },
        store::Database::Mode::read);
    std::size_t files_with_names = 0;
    for (const auto& path : audit.files) files_with_names += names_as_text(path) > 0 ? 1 : 0;
    CHECK(files_with_names >= 4);
}
