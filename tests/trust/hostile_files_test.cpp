// Files built to hurt: a shift file far over the import limit is refused by
// its size without being read, a zip bomb posing as a timesheet is stopped at
// the unpacking limit, and nonsense inside a workbook's XML is a refusal that
// names the file, never another kind of exception.
#include <catch2/catch.hpp>

#include <Poco/Zip/Compress.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "app/shift_file.h"
#include "app/xlsx_reader.h"
#include "hjt_process.h"
#include "import/scratch_folder.h"
#include "store/scratch_database.h"
#include "cli_session.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;
using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;

namespace {

std::string zip_of(const std::map<std::string, std::string>& parts) {
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    for (const auto& [name, text] : parts) {
        std::istringstream in(text);
        zip.addFile(in, Poco::DateTime(), Poco::Path(name, Poco::Path::PATH_UNIX), Poco::Zip::ZipCommon::CM_DEFLATE,
                    Poco::Zip::ZipCommon::CL_MAXIMUM);
    }
    zip.close();
    return out.str();
}

std::string sheet_xml(const std::string& rows) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

std::string refusal(const std::string& bytes) {
    try {
        app::read_first_sheet(bytes, "timesheet.xlsx");
    } catch (const ValidationError& e) {
        CHECK_THAT(e.field(), Catch::StartsWith("timesheet.xlsx"));  // or "timesheet.xlsx:<row>"
        return e.what();
    }
    FAIL("the workbook was read");
    return "";
}

} // namespace

TEST_CASE("hostile files: a shift file over the import limit is refused by its size, unread", "[trust][limits]") {
    ScratchFolder folder("huge_import");
    ScratchDatabase db("huge_import");
    // 300 MB that take no disk: a sparse file (the limit is 256 MB, config/hjt.properties).
    const std::string huge = folder.file("huge.csv").string();
    std::ofstream(huge) << "helper;date;start;end\n";
    std::filesystem::resize_file(huge, 300LL << 20);
    ProcessEnd end = run_hjt_process(cli_token(db.path(), admin_actor("admin")), {"shifts", "import", huge, "--db", db.path()}, folder.file("run").string());
    CHECK(end.exit_code == 1);
    CHECK_THAT(end.err, Catch::Contains("større end importgrænsen på 268435456 bytes"));
    CHECK(db.count("shifts") == 0);
}

TEST_CASE("hostile files: a zip bomb posing as a timesheet stops at the unpacking limit", "[trust][limits]") {
    // 17 MB of one repeated row deflate to a few kB.
    std::string rows;
    const std::string row = R"(<row><c t="inlineStr"><is><t>x</t></is></c></row>)";
    while (rows.size() <= app::kMaxXlsxPartBytes) rows += row;
    const std::string bomb = zip_of({{"xl/worksheets/sheet1.xml", sheet_xml(rows)}});
    CHECK(bomb.size() < 1 << 20);
    CHECK_THAT(refusal(bomb), Catch::Contains("xl/worksheets/sheet1.xml fylder udpakket mere end 16777216 bytes"));
    CHECK_THROWS_AS(app::read_shift_file(bomb, "timesheet.xlsx", std::nullopt), ValidationError);
}

TEST_CASE("hostile files: nonsense in a workbook's XML is a refusal naming the file", "[trust][limits]") {
    const auto book = [](const std::string& rows) { return zip_of({{"xl/worksheets/sheet1.xml", sheet_xml(rows)}}); };
    CHECK_THAT(refusal(book(R"(<row r="seven"><c><v>1</v></c></row>)")), Catch::Contains("en række har nummeret 'seven'"));
    CHECK_THAT(refusal(book(R"(<row r="99999999999999999999999"><c><v>1</v></c></row>)")),
               Catch::Contains("en række har nummeret"));
    CHECK_THAT(refusal(book(R"(<row r="2"><c t="s"><v>-1</v></c></row>)")),
               Catch::Contains("henviser til en tekst, regnearket ikke har"));
    // A column past Excel's last (XFD) is no cell of a timesheet, and no overflow either.
    CHECK_NOTHROW(app::read_first_sheet(book(R"(<row r="2"><c r="ZZZZZZZZZZ2"><v>1</v></c></row>)"), "t.xlsx"));
    // A part that is not valid deflate data.
    std::string broken = book(R"(<row r="2"><c><v>1</v></c></row>)");
    broken[40] ^= 0x55;
    broken[60] ^= 0x55;
    CHECK_THROWS_AS(app::read_first_sheet(broken, "timesheet.xlsx"), ValidationError);
}
