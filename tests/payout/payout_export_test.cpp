// The run's files: the xlsx run sheet (checked in its sheet XML) and the bank
// files (pain.001 parsed back: NbOfTxs and CtrlSum match the transfers, and
// the file is valid against ISO 20022's published pain.001.001.03 schema).
#include <catch2/catch.hpp>

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/payout_export.h"
#include "domain/errors.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "schema_validation.h"
#include "store/payout_store.h"
#include "store/register_repository.h"
#include "test_actor.h"
#include "xlsx_part.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// Empty when the bank file is valid against the published schema; the list of
// libxml2's errors otherwise (printed by Catch when the check fails).
std::vector<std::string> pain001_schema_errors(const std::string& xml) {
    return schema_errors(schema_path("iso20022/pain.001.001.03.xsd"), xml);
}

// A folder in the temp directory for one test case's files.
struct OutFolder {
    std::filesystem::path path;
    explicit OutFolder(const std::string& name)
        : path(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~OutFolder() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
};


// Two families paid (13.682,50 and 13.682,50 + an expense of 1.000,01), one without account.
struct ExportCase {
    PayoutRegister reg;
    explicit ExportCase(const std::string& name) : reg(name) {
        Id a = reg.family("Familien A & Søn");
        reg.grant(reg.child(a, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);
        Id b = reg.family("Familien B");
        Id child = reg.child(b, day(2015, 6, 1));
        reg.grant(child, day(2024, 1, 1), 2000, 13500);
        reg.approved_expense(b, child, day(2024, 4, 2), 100001);
        Id c = reg.family("Familien C", false);
        reg.grant(reg.child(c, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);
        reg.prepare("anna", month(2024, 4));
    }
    app::PayoutExport run_export(const OutFolder& out, bool bank) {
        app::PayoutExport files;
        std::optional<app::BankFileRequest> request;
        if (bank) request = app::BankFileRequest{out.file("bank-2024-04.xml"), kDebtor, day(2024, 4, 2)};
        reg.db().in_transaction([&](soci::session& s) {
            files = app::export_payout(s, test::finance_actor("anna"), month(2024, 4), out.file("run.xlsx"), request);
        });
        return files;
    }
};

std::vector<std::string> texts_of(Poco::XML::Document& doc, const std::string& tag) {
    std::vector<std::string> texts;
    Poco::AutoPtr<Poco::XML::NodeList> nodes = doc.getElementsByTagName(tag);
    for (unsigned long i = 0; i < nodes->length(); ++i) texts.push_back(nodes->item(i)->innerText());
    return texts;
}

} // namespace

TEST_CASE("the bank files are made only from an approved run", "[payout][export]") {
    ExportCase c("payout_export_draft");
    OutFolder out("hjt_payout_export_draft");
    CHECK_THROWS_AS(c.run_export(out, true), Conflict);
    CHECK_FALSE(std::filesystem::exists(out.file("bank-2024-04.xml")));
    auto files = c.run_export(out, false);  // the run sheet of a draft is for review
    CHECK(std::filesystem::exists(files.xlsx));
}

TEST_CASE("pain.001 carries one transfer per paid family, NbOfTxs and CtrlSum to the øre", "[payout][export]") {
    ExportCase c("payout_export_bank");
    c.reg.approve("bent", month(2024, 4));
    OutFolder out("hjt_payout_export_bank");
    auto files = c.run_export(out, true);
    REQUIRE(files.xml);
    CHECK(*files.xml == out.file("bank-2024-04.xml"));
    CHECK(*files.csv == out.file("bank-2024-04.csv"));
    CHECK(files.transfers == 2);
    CHECK(files.transfer_total == Money::ore(2 * 1368250 + 100001));

    CHECK(pain001_schema_errors(read_file(*files.xml)) == std::vector<std::string>{});
    Poco::XML::DOMParser parser;
    Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(read_file(*files.xml));
    CHECK(doc->documentElement()->namespaceURI() == "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
    CHECK(texts_of(*doc, "NbOfTxs") == std::vector<std::string>{"2", "2"});      // GrpHdr and PmtInf
    CHECK(texts_of(*doc, "CtrlSum") == std::vector<std::string>{"28365.01", "28365.01"});
    CHECK(texts_of(*doc, "InstdAmt") == std::vector<std::string>{"13682.50", "14682.51"});
    CHECK(texts_of(*doc, "ReqdExctnDt") == std::vector<std::string>{"2024-04-02"});
    auto names = texts_of(*doc, "Nm");
    CHECK(std::find(names.begin(), names.end(), "Familien A & Søn") != names.end());  // escaped and parsed back
    auto ibans = texts_of(*doc, "IBAN");
    REQUIRE(ibans.size() == 3);  // the debtor and two creditors
    CHECK(ibans[0] == kDebtor.iban);
    CHECK(ibans[1].rfind("DK", 0) == 0);
    CHECK(ibans[1].size() == 18);

    std::string csv = read_file(*files.csv);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 3);
    CHECK(csv.find(";13682.50;DKK;") != std::string::npos);
    CHECK(csv.find("Familien C") == std::string::npos);  // no account: not paid
}

TEST_CASE("the run sheet: a row a family, totals as formulas with values, frozen header, filters, flags",
          "[payout][export]") {
    ExportCase c("payout_export_xlsx");
    OutFolder out("hjt_payout_export_xlsx");
    auto files = c.run_export(out, false);

    std::string workbook = xlsx_part(files.xlsx, "xl/workbook.xml");
    for (const char* sheet : {"Udbetaling", "Linjer", "Flag", "Kørsel"})
        CHECK(workbook.find(std::string("name=\"") + sheet + "\"") != std::string::npos);
    CHECK(xlsx_part(files.xlsx, "xl/styles.xml").find("formatCode=\"#,##0.00\"") != std::string::npos);

    std::string families = xlsx_part(files.xlsx, "xl/worksheets/sheet1.xml");
    CHECK(families.find("state=\"frozen\"") != std::string::npos);
    // A column per line kind (twelve: the payroll service's four, set-off and top-up included), then the family's total.
    CHECK(families.find("<autoFilter ref=\"A1:S4\"/>") != std::string::npos);
    CHECK(families.find("<f>SUM(F2:Q2)</f><v>13682.5</v>") != std::string::npos);
    CHECK(families.find("<f>SUM(F3:Q3)</f><v>14682.51</v>") != std::string::npos);
    CHECK(families.find("<f>SUM(R2:R4)</f><v>42047.51</v>") != std::string::npos);  // the totals row
    CHECK(families.find("Familien A &amp; Søn") != std::string::npos);
    CHECK(families.find("Familien C") != std::string::npos);  // held back, not left out

    // Familien C's 13.682,50 is held back: in the tie-out and on "Tilbageholdt" with its reason.
    std::string tie_out = xlsx_part(files.xlsx, "xl/worksheets/sheet4.xml");
    CHECK(tie_out.find("<v>13682.5</v>") != std::string::npos);
    std::string held = xlsx_part(files.xlsx, "xl/worksheets/sheet7.xml");
    CHECK(held.find("<v>13682.5</v>") != std::string::npos);
    CHECK(held.find("ingen bankkonto for familien") != std::string::npos);

    std::string flags = xlsx_part(files.xlsx, "xl/worksheets/sheet3.xml");
    CHECK(flags.find("Mangler bankkonto") != std::string::npos);
    CHECK(flags.find("Familien C") != std::string::npos);
}

TEST_CASE("lost earnings: the parent's net and the pension are transfers of their own, pain.001 parses back",
          "[payout][export][lost_earnings]") {
    PayoutRegister reg("payout_export_lost_earnings");
    Id family = reg.family("Familien A");
    Id child = reg.child(family, day(2015, 6, 1));
    reg.grant(child, day(2024, 1, 1), 2000, 13500);
    LostEarningsAward a = award_for(child, 30000);
    a.parent_cpr = "050585-1234";
    a.pension_payee.reset();  // the municipality's default pays
    Id award = store::insert_award(reg.sql(), a);
    const PensionPayee pension{"Kommunens standardordning (fiktiv)", BankAccount{"9570", "0000999888"}};
    reg.db().in_transaction([&](soci::session& s) {
        app::prepare_payout(s, test::finance_actor("anna"), month(2024, 4), rates_2024(), {false, pension, {}});
    });
    reg.approve("bent", month(2024, 4));

    PayoutRun run = store::load_payout_run(reg.sql(), month(2024, 4));  // the withholding is stored with the line
    auto benefit = std::find_if(run.lines.begin(), run.lines.end(),
                                [](const PayoutLine& l) { return l.kind == LineKind::lost_earnings; });
    REQUIRE(benefit != run.lines.end());
    CHECK(benefit->award_id == award);
    CHECK(benefit->withheld == Withholding{Money::ore(9900), Money::ore(239208), Money::ore(1045339)});

    OutFolder out("hjt_payout_export_lost_earnings");
    app::PayoutExport files;
    reg.db().in_transaction([&](soci::session& s) {
        files = app::export_payout(s, test::finance_actor("anna"), month(2024, 4), out.file("run.xlsx"),
                                   app::BankFileRequest{out.file("bank"), kDebtor, day(2024, 4, 2)});
    });
    CHECK(files.transfers == 3);
    CHECK(files.transfer_total == Money::ore(1368250 + 1705553 + 240000));
    CHECK(files.withholding_total == Money::ore(9900 + 239208 + 1045339));
    CHECK(files.held_back_total == Money());
    // Σ lines 46.082,50 = 33.138,03 transferred + 12.944,47 withheld
    CHECK(run.header.total == files.transfer_total + files.withholding_total);

    std::string xml = read_file(*files.xml);
    CHECK(pain001_schema_errors(xml) == std::vector<std::string>{});
    Poco::XML::DOMParser parser;
    Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(xml);
    CHECK(texts_of(*doc, "NbOfTxs") == std::vector<std::string>{"3", "3"});
    CHECK(texts_of(*doc, "CtrlSum") == std::vector<std::string>{"33138.03", "33138.03"});
    CHECK(texts_of(*doc, "InstdAmt") == std::vector<std::string>{"13682.50", "17055.53", "2400.00"});
    std::string f = std::to_string(family), p = std::to_string(award);
    CHECK(texts_of(*doc, "EndToEndId") ==
          std::vector<std::string>{"HJT-2024-04-F" + f, "HJT-2024-04-P" + p, "HJT-2024-04-S" + p});
    CHECK(texts_of(*doc, "Ustrd") ==
          std::vector<std::string>{"Hjemmetræning a-conto 2024-04", "Tabt arbejdsfortjeneste 2024-04",
                                   "Pension af tabt arbejdsfortjeneste 2024-04, Mette"});
    auto names = texts_of(*doc, "Nm");
    CHECK(std::find(names.begin(), names.end(), pension.name) != names.end());
    CHECK(xml.find("050585") == std::string::npos);  // no CPR number in a bank file

    std::string csv = read_file(*files.csv);
    CHECK(csv.find(";17055.53;DKK;Tabt arbejdsfortjeneste 2024-04;HJT-2024-04-P" + p + ";Forælder;" + p) !=
          std::string::npos);

    std::string tie_out = xlsx_part(files.xlsx, "xl/worksheets/sheet4.xml");  // "Kørsel"
    CHECK(tie_out.find("Indeholdt til Skattestyrelsen") != std::string::npos);
    // When it was computed (Forberedt) and from which runs.
    CHECK(tie_out.find("Beregnet ud fra") != std::string::npos);
    CHECK(tie_out.find("<v>12944.47</v>") != std::string::npos);
    CHECK(tie_out.find("<v>0</v>") != std::string::npos);  // the difference, a formula with its value
    std::string withheld = xlsx_part(files.xlsx, "xl/worksheets/sheet6.xml");  // "Indeholdt skat"
    CHECK(withheld.find("<f>SUM(D2:F2)</f><v>12944.47</v>") != std::string::npos);
}
