#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/payslip_service.h"
#include "app/xlsx_reader.h"
#include "atp_tables.h"
#include "shift_fixture.h"
#include "store/shift_store.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ShiftFamily;

namespace {

std::string field_of(const std::function<void()>& call) {
    try {
        call();
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "accepted";
}

ShiftRecord add(ShiftFamily& f, Id helper, const std::string& day, const std::string& start, const std::string& end) {
    ShiftRecord r;
    f.scratch.db().in_transaction([&](soci::session& sql) {
        r = app::add_shift(sql, test::caseworker_actor("test"), helper, parse_shift_times(day, start, end), Policy{});
    });
    return r;
}

// 2026 has the ATP table of 2024 (domain.md §9: "from 2024").
RateBook rates_2026() {
    YearRates year = test::rates_2024();
    year.year = 2026;
    RateBook book;
    book.add(year);
    return book;
}

} // namespace

TEST_CASE("add shift: stored with its classification, audited, read back alike", "[shifts][service]") {
    ShiftFamily f("shift_service_add");
    long long audit_before = f.scratch.count("audit_log");
    ShiftRecord r = add(f, f.helper, "02-04-2026", "14:00", "18:00");
    CHECK(r.id > 0);
    CHECK(f.scratch.count("audit_log") == audit_before + 1);
    auto stored = store::find_shift(f.scratch.sql(), r.id);
    REQUIRE(stored);
    CHECK(stored->classification.minutes == 240);
    CHECK(stored->classification.start_utc == r.classification.start_utc);
    REQUIRE(stored->classification.excluded_count == 1);
    CHECK(stored->classification.excluded[0].reason == Exclusion::public_holiday);
    CHECK(*stored->classification.excluded[0].holiday == "Skærtorsdag");
    CHECK(store::utc_text(stored->classification.start_utc) == "2026-04-02T12:00Z");  // CEST, UTC+2
}

TEST_CASE("add shift: refusals name the field and store nothing", "[shifts][service][refuse]") {
    ShiftFamily f("shift_service_refuse");
    add(f, f.helper, "10-03-2026", "09:00", "12:00");
    CHECK(field_of([&] { add(f, f.helper, "10-03-2026", "11:00", "13:00"); }) == "start");  // overlap
    CHECK(field_of([&] { add(f, f.second_helper, "10-03-2026", "11:00", "13:00"); }) == "accepted");
    CHECK(field_of([&] { add(f, f.helper, "10-03-2026", "12:00", "12:00"); }) == "end");
    CHECK(field_of([&] { add(f, f.helper, "10-03-2026", "12:00", "04:01"); }) == "end");  // 16 h 1 min
    CHECK(field_of([&] { add(f, f.helper, "10-03-2024", "09:00", "12:00"); }) == "date");  // before employment
    CHECK(f.scratch.count("shifts") == 2);
    CHECK_THROWS_AS(add(f, 9999, "10-03-2026", "09:00", "12:00"), NotFound);
}

TEST_CASE("payslip from stored shifts: 60 hours in a month give the worked example", "[shifts][payslip][service]") {
    ShiftFamily f("shift_service_payslip");
    // 20 shifts of 3 hours in March 2026, one of them on a Saturday: all hours are paid.
    std::string csv = "helper;date;start;end\n";
    for (int day = 2; day <= 21; ++day)
        csv += "H1;" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "-03-2026;09:00;12:00\n";
    csv += "H1;01-04-2026;09:00;12:00\n";  // another month
    f.import_csv(csv);

    auto m = app::helper_payslip(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March}, rates_2026());
    CHECK(m.shifts == 20);
    CHECK(m.minutes == 60 * 60);
    CHECK(m.subsidisable_minutes == 15 * 3 * 60);  // 2–21 March has 15 weekdays
    CHECK(m.payslip.gross == Money::ore(810000));
    CHECK(m.payslip.net == Money::ore(460164));
    CHECK(m.payslip.holiday_net == Money::ore(57850));

    auto family = app::family_payslips(f.scratch.sql(), f.family, Month{date::year{2026}, date::March}, rates_2026());
    REQUIRE(family.helpers.size() == 1);
    CHECK(family.family.name == "Familien Jensen");
    CHECK(app::payslip_document(family.helpers[0]).helper_cpr_masked == "020399-XXXX");
    CHECK_THROWS_AS(app::helper_payslip(f.scratch.sql(), f.helper, Month{date::year{2027}, date::March}, rates_2026()),
                    NotFound);
}

TEST_CASE("payslip sheets: the slip's net and the summary's totals are formulas with cached values",
          "[shifts][payslip][xlsx]") {
    ShiftFamily f("shift_service_sheets");
    f.import_csv("helper;date;start;end\nH1;02-03-2026;08:00;14:00\nH2;02-03-2026;08:00;12:00\n");
    auto family = app::family_payslips(f.scratch.sql(), f.family, Month{date::year{2026}, date::March}, rates_2026());
    REQUIRE(family.helpers.size() == 2);
    auto dir = std::filesystem::temp_directory_path();
    std::string slip_path = (dir / ("hjt_slip_" + std::to_string(::getpid()) + ".xlsx")).string();
    std::string summary_path = (dir / ("hjt_summary_" + std::to_string(::getpid()) + ".xlsx")).string();
    std::vector<reports::PayslipDocument> docs;
    for (const auto& m : family.helpers) docs.push_back(app::payslip_document(m));
    reports::write_payslip_sheet(slip_path, docs[0]);
    reports::write_payroll_summary(summary_path, family.family.name, family.family.cvr, family.helpers[0].month, docs);

    auto read = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return app::read_first_sheet(std::string(std::istreambuf_iterator<char>(in), {}), path);
    };
    auto find_row = [](const std::vector<app::XlsxRow>& rows, const std::string& label) -> const app::XlsxRow& {
        for (const auto& r : rows)
            if (r.cells.count(0) && r.cells.at(0).text == label) return r;
        throw std::runtime_error("no row " + label);
    };
    // 6 h × 135,00 = 810,00; ATP 0; AM 64,80; A-skat 38 % × 745,20 = 283,176 → 283; net 462,20.
    auto slip = read(slip_path);
    CHECK(find_row(slip, "Til udbetaling").cells.at(3).text == "462.2");
    auto summary = read(summary_path);
    // Gross 810,00 + 540,00 in column D of the totals row.
    CHECK(find_row(summary, "I alt").cells.at(3).text == "1350");
    std::filesystem::remove(slip_path);
    std::filesystem::remove(summary_path);
}
