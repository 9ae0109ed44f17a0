// The payroll year per helper (issue 23, "Year-end"): the year's totals from
// the months' payslips, tied to the sum of the months' eIndkomst reports; a
// month changed after it was reported is named, field by field. Amounts from
// domain.md §6's worked example (60 h × 135,00 kr, trækprocent 38 %, fradrag 0).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/config_loader.h"
#include "app/eindkomst_service.h"
#include "app/payroll_year_service.h"
#include "app/xlsx_reader.h"
#include "import/scratch_folder.h"
#include "shift_fixture.h"
#include "store/rates_store.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ShiftFamily;

namespace {

std::string sixty_hours(const std::string& mm) {
    std::string csv;
    for (int day = 1; day <= 20; ++day)
        csv += "H1;" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "-" + mm + "-2026;09:00;12:00\n";
    return csv;
}

ShiftFamily& with_two_months(ShiftFamily& f) {
    f.scratch.db().in_transaction([&](soci::session& sql) {
        store::save_policy(sql, app::load_policy("config"));
        store::save_rates(sql, app::load_rate_book("config"));
    });
    f.import_csv("helper;date;start;end\n" + sixty_hours("01") + sixty_hours("02"));
    return f;
}

void report(ShiftFamily& f, unsigned month) {
    f.scratch.db().in_transaction([&](soci::session& sql) {
        app::report_eindkomst(sql, test::finance_actor("finans"), Month{date::year{2026}, date::month{month}},
                              app::EindkomstOptions{});
    });
}

app::FamilyPayrollYear year_of(ShiftFamily& f) {
    return app::family_payroll_year(f.scratch.sql(), test::family_actor("familie", f.family), f.family, 2026);
}

std::int64_t field(const eindkomst::Reported& values, int group, int number) {
    auto found = values.find({group, number});
    return found == values.end() ? 0 : found->second;
}

} // namespace

TEST_CASE("payroll year: the year's totals per helper, tied to the months' eIndkomst reports, a month changed "
          "after it was reported is named",
          "[shifts][payroll_year]") {
    ShiftFamily f("payroll_year");
    with_two_months(f);

    auto before = year_of(f);
    REQUIRE(before.helpers.size() == 1);
    const PayrollYear& y = before.helpers[0].payroll;
    REQUIRE(y.months.size() == 2);
    CHECK(y.totals.hours == Hours::whole(120));
    CHECK(y.totals.gross == Money::ore(2 * 810000));
    CHECK(y.totals.am_income == Money::ore(2 * 806700));
    CHECK(y.totals.a_skat == Money::ore(2 * 282022));
    CHECK(y.totals.holiday_a_skat == Money::ore(2 * 35397));
    CHECK(y.totals.atp_employee + y.totals.atp_employer == Money::ore(2 * (3300 + 6600)));
    CHECK(field(y.computed, 1, 13) == 2 * 806700);  // field 13: gross less the employee's ATP
    CHECK(field(y.computed, 1, 46) == 2 * 9900);    // field 46: employee + employer ATP
    // Nothing reported yet: every month differs.
    CHECK_FALSE(before.ties());
    CHECK(y.differences.front().month == Month{date::year{2026}, date::January});

    report(f, 1);
    report(f, 2);
    auto reported = year_of(f);
    CHECK(reported.ties());
    CHECK(reported.helpers[0].payroll.reported == reported.helpers[0].payroll.computed);

    // A shift added to February after it was reported: February's fields differ, January's do not.
    f.import_csv("helper;date;start;end\nH1;25-02-2026;09:00;12:00\n");
    auto changed = year_of(f);
    CHECK_FALSE(changed.ties());
    for (const auto& d : changed.helpers[0].payroll.differences)
        CHECK(d.month == Month{date::year{2026}, date::February});
    // 3 h × 135,00 = 405,00 more in field 13 (the ATP bracket stays: 63 h).
    bool field_13 = false;
    for (const auto& d : changed.helpers[0].payroll.differences)
        if (d.group == 1 && d.field == 13) field_13 = d.computed - d.reported == 40500;
    CHECK(field_13);
    // Reporting February again sends the correction; the year ties again.
    report(f, 2);
    CHECK(year_of(f).ties());

    // Another family's year is not found.
    CHECK_THROWS_AS(app::family_payroll_year(f.scratch.sql(), test::family_actor("anden", f.family + 1), f.family, 2026),
                    NotFound);
}

TEST_CASE("payroll year sheets: the family's overview and the helper's sheet, totals and the eIndkomst check",
          "[shifts][payroll_year][xlsx]") {
    ShiftFamily f("payroll_year_sheets");
    with_two_months(f);
    report(f, 1);
    const auto doc = app::payroll_year_document(year_of(f));
    const hjt::testing::ScratchFolder folder("payroll_year_sheets");
    const std::string family_path = folder.file("family.xlsx").string();
    const std::string helper_path = folder.file("helper.xlsx").string();
    reports::write_family_payroll_year(family_path, doc);
    reports::write_helper_payroll_year(helper_path, doc, 0);
    auto read = [](const std::string& path, int sheet) {
        std::ifstream in(path, std::ios::binary);
        return app::read_sheet(std::string(std::istreambuf_iterator<char>(in), {}), sheet, path);
    };
    auto row_of = [](const std::vector<app::XlsxRow>& rows, const std::string& start) -> const app::XlsxRow* {
        for (const auto& r : rows)
            if (r.cells.count(0) && r.cells.at(0).text.rfind(start, 0) == 0) return &r;
        return nullptr;
    };
    const auto overview = read(family_path, 1);
    const auto* sofie = row_of(overview, "Sofie Hansen");
    REQUIRE(sofie);
    CHECK(sofie->cells.at(2).text == "16200");                   // gross
    CHECK(sofie->cells.at(12).text == "Nej, se hjælperens ark");  // February is not reported
    const auto helper = read(helper_path, 1);
    REQUIRE(row_of(helper, "I alt"));
    CHECK(row_of(helper, "I alt")->cells.at(7).text == "6348.38");  // A-skat 2 × (2.820,22 + 353,97)
    CHECK(row_of(helper, "februar 2026: Felt 13 AM-bidragspligtig A-indkomst (løn) er 8.067,00 kr, indberettet 0,00 kr"));
}
