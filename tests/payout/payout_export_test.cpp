// The run's files: the xlsx run sheet (checked in its sheet XML) and the bank
// files (pain.001 parsed back: NbOfTxs and CtrlSum match the transfers).
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

using namespace hjt;
using namespace hjt::test;

namespace {

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

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// One member of the xlsx (a zip), by the unzip tool.
std::string xlsx_part(const std::string& xlsx, const std::string& member) {
    std::string command = "unzip -p '" + xlsx + "' '" + member + "'";
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

const reports::Debtor kDebtor{"Hjemby Kommune", "DK4515510001234567", ""};

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
            files = app::export_payout(s, "anna", month(2024, 4), out.file("run.xlsx"), request);
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
    CHECK(families.find("<autoFilter ref=\"A1:M3\"/>") != std::string::npos);
    CHECK(families.find("<f>SUM(F2:K2)</f><v>13682.5</v>") != std::string::npos);
    CHECK(families.find("<f>SUM(F3:K3)</f><v>14682.51</v>") != std::string::npos);
    CHECK(families.find("<f>SUM(L2:L3)</f><v>28365.01</v>") != std::string::npos);  // the totals row
    CHECK(families.find("Familien A &amp; Søn") != std::string::npos);
    CHECK(families.find("Familien C") == std::string::npos);

    std::string flags = xlsx_part(files.xlsx, "xl/worksheets/sheet3.xml");
    CHECK(flags.find("Mangler bankkonto") != std::string::npos);
    CHECK(flags.find("Familien C") != std::string::npos);
}
