#include <catch2/catch.hpp>

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/xlsx_reader.h"
#include "reports/timesheet_template.h"
#include "shift_fixture.h"
#include "store/shift_store.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ShiftFamily;

namespace {

std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("hjt_" + name + "_" + std::to_string(::getpid()) + ".xlsx")).string();
}

std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A workbook made by hand in the template's layout: the header row and text cells.
lxw_worksheet* hand_made_sheet(lxw_workbook* book) {
    namespace t = reports::timesheet;
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    worksheet_write_string(sheet, t::header_row, 0, "Dato", nullptr);
    worksheet_write_string(sheet, t::header_row, 1, "Start", nullptr);
    worksheet_write_string(sheet, t::header_row, 2, "Slut", nullptr);
    return sheet;
}

void write_row(lxw_worksheet* sheet, int row, const char* day, const char* start, const char* end) {
    worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 0, day, nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 1, start, nullptr);
    worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 2, end, nullptr);
}

app::ShiftImportReport import_xlsx(ShiftFamily& f, const std::string& path, std::optional<std::string> helper = {}) {
    app::ShiftImportReport report;
    f.scratch.db().in_transaction([&](soci::session& sql) {
        report = app::import_shifts(sql, test::caseworker_actor("test"), f.family, app::read_shift_file(bytes_of(path), path, helper), Policy{});
    });
    return report;
}

} // namespace

TEST_CASE("timesheet template: written with validation, filled, imported", "[shifts][xlsx]") {
    ShiftFamily f("timesheet_round_trip");
    const std::string path = temp_path("timesheet_round_trip");
    namespace t = reports::timesheet;
    const Date tuesday{date::year{2026}, date::March, date::day{10}};
    const Date wednesday{date::year{2026}, date::March, date::day{11}};
    t::write(path, "H1", {{tuesday, 14 * 60, 18 * 60}, {wednesday, 22 * 60, 6 * 60}});

    const std::string bytes = bytes_of(path);
    auto rows = app::read_first_sheet(bytes, path);
    auto header = std::find_if(rows.begin(), rows.end(), [](const app::XlsxRow& r) { return r.number == t::header_row + 1; });
    REQUIRE(header != rows.end());
    CHECK(header->cells.at(0).text == "Dato");

    auto report = import_xlsx(f, path);
    CHECK(report.shifts == 2);
    CHECK(report.minutes == 12 * 60);
    CHECK(report.subsidisable_minutes == 120);
    std::filesystem::remove(path);
}

TEST_CASE("timesheet template: empty template has data validations and no shifts", "[shifts][xlsx]") {
    const std::string path = temp_path("timesheet_empty");
    reports::timesheet::write(path, "");
    const std::string sheet = app::xlsx_part(bytes_of(path), "xl/worksheets/sheet1.xml", path);
    std::size_t validations = 0;
    for (std::size_t pos = 0; (pos = sheet.find("<dataValidation ", pos)) != std::string::npos; ++pos) ++validations;
    CHECK(validations == 4);  // Dato, Start, Slut, Art
    CHECK(sheet.find("type=\"date\"") != std::string::npos);
    CHECK(sheet.find("type=\"list\"") != std::string::npos);
    CHECK(sheet.find("arbejde,syg") != std::string::npos);
    CHECK(sheet.find("type=\"time\"") != std::string::npos);
    auto file = app::read_shift_file(bytes_of(path), path, std::nullopt);
    app::ShiftFileRow row;
    CHECK_FALSE(file.next(row));
    REQUIRE(file.problems().size() == 1);
    CHECK(file.problems()[0].column == reports::timesheet::helper_label);
    std::filesystem::remove(path);
}

TEST_CASE("timesheet: text typed into the cells and the helper given on the command line", "[shifts][xlsx]") {
    ShiftFamily f("timesheet_text_cells");
    const std::string path = temp_path("timesheet_text_cells");
    namespace t = reports::timesheet;
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = hand_made_sheet(book);
    write_row(sheet, t::first_shift_row, "02-04-2026", "09:00", "12:00");      // Maundy Thursday
    write_row(sheet, t::first_shift_row + 2, "07-04-2026", "09:00", "12:00");  // after an empty row
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    auto report = import_xlsx(f, path, std::string("H2"));
    CHECK(report.shifts == 2);
    CHECK(report.subsidisable_minutes == 180);
    auto april = store::list_helper_shifts(f.scratch.sql(), f.second_helper, Month{date::year{2026}, date::April});
    REQUIRE(april.size() == 2);
    CHECK(april[0].classification.excluded[0].reason == Exclusion::public_holiday);
    std::filesystem::remove(path);
}

TEST_CASE("timesheet: a bad row is reported with its spreadsheet row number", "[shifts][xlsx]") {
    ShiftFamily f("timesheet_bad_row");
    const std::string path = temp_path("timesheet_bad_row");
    namespace t = reports::timesheet;
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = hand_made_sheet(book);
    worksheet_write_string(sheet, t::helper_row, 0, "Hjælper", nullptr);
    worksheet_write_string(sheet, t::helper_row, 1, "H1", nullptr);
    write_row(sheet, t::first_shift_row, "10-03-2026", "25:00", "12:00");
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    try {
        import_xlsx(f, path);
        FAIL("accepted");
    } catch (const app::ShiftFileRejected& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].line == t::first_shift_row + 1);
        CHECK(e.problems()[0].column == "start");
    }
    CHECK(f.scratch.count("shifts") == 0);
    std::filesystem::remove(path);
}

TEST_CASE("xlsx reader: not a workbook is a clear error", "[shifts][xlsx]") {
    CHECK_THROWS_AS(app::read_first_sheet("PK\x03\x04 broken", "broken.xlsx"), ValidationError);
    CHECK(app::minute_of_day_fraction(0.5) == 720);
    CHECK(app::minute_of_day_fraction(14.0 / 24 + 1e-9) == 840);
    CHECK(app::date_of_serial(46091) == Date{date::year{2026}, date::March, date::day{10}});
}

TEST_CASE("xlsx reader: a ZIP64 end record asking for terabytes is refused before it is read", "[shifts][xlsx][fuzz]") {
    // The fuzzer's finding: "PK\6\6" and a declared size of 0x0606...: Poco
    // allocated it before checking it against the 100 bytes there are.
    std::string bytes = "PK\x06\x06" + std::string(60, '\x06') + std::string("\x03\x04\x14\0\0\0\0\0\x8f\0\0K", 12);
    try {
        app::read_first_sheet(bytes, "timer.xlsx");
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "timer.xlsx");
        CHECK(std::string(e.what()).find("ZIP64") != std::string::npos);
    }
}

TEST_CASE("timesheet: the Art column marks sick hours, an unknown kind is refused with its row", "[shifts][xlsx][sick]") {
    ShiftFamily f("timesheet_kind");
    const std::string path = temp_path("timesheet_kind");
    namespace t = reports::timesheet;
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = hand_made_sheet(book);
    worksheet_write_string(sheet, t::header_row, t::kind_column, "Art", nullptr);
    write_row(sheet, t::first_shift_row, "03-03-2026", "09:00", "12:00");
    write_row(sheet, t::first_shift_row + 1, "04-03-2026", "09:00", "12:00");
    worksheet_write_string(sheet, t::first_shift_row + 1, t::kind_column, "syg", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    import_xlsx(f, path, "H1");
    auto shifts = store::list_helper_shifts(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March});
    REQUIRE(shifts.size() == 2);
    CHECK(shifts[0].kind == ShiftKind::work);
    CHECK(shifts[1].kind == ShiftKind::sick);

    book = workbook_new(path.c_str());
    sheet = hand_made_sheet(book);
    write_row(sheet, t::first_shift_row, "05-03-2026", "09:00", "12:00");
    worksheet_write_string(sheet, t::first_shift_row, t::kind_column, "ferie", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    try {
        import_xlsx(f, path, "H1");
        FAIL("an unknown kind was accepted");
    } catch (const app::ShiftFileRejected& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].line == static_cast<std::size_t>(t::first_shift_row + 1));
        CHECK(e.problems()[0].column == "kind");
    }
    std::filesystem::remove(path);
}
