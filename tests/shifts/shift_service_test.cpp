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
    // 2026-04-02T12:00Z (CEST, UTC+2) in minutes since the epoch: day 20,545 × 1,440 + 720.
    CHECK(stored->classification.start_utc.time_since_epoch().count() == 20545LL * 1440 + 720);
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

    auto m = app::helper_payslip(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March}, test::rate_book_2026(), Policy{});
    CHECK(m.shifts == 20);
    CHECK(m.minutes == 60 * 60);
    CHECK(m.subsidisable_minutes == 15 * 3 * 60);  // 2–21 March has 15 weekdays
    CHECK(m.payslip.gross == Money::ore(810000));
    CHECK(m.payslip.net == Money::ore(460142));         // method 1, the policy's default
    CHECK(m.payslip.holiday_net == Money::ore(57753));

    auto family = app::family_payslips(f.scratch.sql(), f.family, Month{date::year{2026}, date::March}, test::rate_book_2026(), Policy{});
    REQUIRE(family.helpers.size() == 1);
    CHECK(family.family.name == "Familien Jensen");
    CHECK(app::payslip_document(family.helpers[0]).helper_cpr_masked == "020399-XXXX");
    CHECK_THROWS_AS(app::helper_payslip(f.scratch.sql(), f.helper, Month{date::year{2027}, date::March}, test::rate_book_2026(), Policy{}),
                    NotFound);
}

TEST_CASE("payslip sheets: the slip's net and the summary's totals are formulas with cached values",
          "[shifts][payslip][xlsx]") {
    ShiftFamily f("shift_service_sheets");
    f.import_csv("helper;date;start;end\nH1;02-03-2026;08:00;14:00\nH2;02-03-2026;08:00;12:00\n");
    auto family = app::family_payslips(f.scratch.sql(), f.family, Month{date::year{2026}, date::March}, test::rate_book_2026(), Policy{});
    REQUIRE(family.helpers.size() == 2);
    auto dir = std::filesystem::temp_directory_path();
    std::string slip_path = (dir / ("hjt_slip_" + std::to_string(::getpid()) + ".xlsx")).string();
    std::string summary_path = (dir / ("hjt_summary_" + std::to_string(::getpid()) + ".xlsx")).string();
    reports::write_payslip_sheet(slip_path, app::payslip_document(family.helpers[0]));
    reports::write_payroll_summary(summary_path, app::payroll_summary(family));

    auto read = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return app::read_first_sheet(std::string(std::istreambuf_iterator<char>(in), {}), path);
    };
    auto find_row = [](const std::vector<app::XlsxRow>& rows, const std::string& label) -> const app::XlsxRow& {
        for (const auto& r : rows)
            if (r.cells.count(0) && r.cells.at(0).text == label) return r;
        throw std::runtime_error("no row " + label);
    };
    // 6 h × 135,00 = 810,00; ATP 0; AM 64,80; A-skat 38 % × 745,20 = 283,176 → 283,18; net 462,02.
    auto slip = read(slip_path);
    CHECK(find_row(slip, "Til udbetaling").cells.at(3).text == "462.02");
    auto summary = read(summary_path);
    // Gross 810,00 + 540,00 in column D of the totals row.
    CHECK(find_row(summary, "I alt").cells.at(3).text == "1350");
    // What the family pays (issue 23): AM-bidrag and A-skat 64,80 + 283,18 + 8,10 + 35,40 (H1) + 43,20 + 188,78
    // + 5,40 + 23,60 (H2) = 652,46, paid as 652 (method 1) by 10 April; FerieKonto 57,75 + 38,50; no ATP (< 39 h).
    CHECK(find_row(summary, "Betales til Skattestyrelsen: A-skat og AM-bidrag for marts 2026, senest 10-04-2026")
              .cells.at(3).text == "652");
    CHECK(find_row(summary, "Betales til FerieKonto: Feriepenge for timelønnede (netto) for marts 2026, senest 10-04-2026")
              .cells.at(3).text == "96.25");
    CHECK_THROWS(find_row(summary, "Betales til ATP (Samlet Betaling): ATP, medarbejder- og arbejdsgiverandel, "
                                   "opkræves for 1. kvartal 2026, efter opkrævningen"));
    std::filesystem::remove(slip_path);
    std::filesystem::remove(summary_path);
}

TEST_CASE("sick hours: the kind column of a shift file, stored and paid at the wage", "[shifts][service][sick]") {
    ShiftFamily f("shift_service_sick");
    f.import_csv("helper;date;start;end;kind\n"
                 "H1;02-03-2026;09:00;12:00;work\n"
                 "H1;03-03-2026;09:00;12:00;\n"
                 "H1;04-03-2026;09:00;13:00;sick\n");
    auto shifts = store::list_helper_shifts(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March});
    REQUIRE(shifts.size() == 3);
    CHECK(shifts[0].kind == ShiftKind::work);
    CHECK(shifts[1].kind == ShiftKind::work);
    CHECK(shifts[2].kind == ShiftKind::sick);

    auto m = app::helper_payslip(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March}, test::rate_book_2026(), Policy{});
    CHECK(m.sick_minutes == 4 * 60);
    CHECK(m.payslip.hours == Hours::whole(10));
    CHECK(m.payslip.sick_hours == Hours::whole(4));
    CHECK(m.payslip.sick_pay == Money::kroner(540));
    CHECK(m.payslip.gross == Money::kroner(1350));

    // A Danish file says art: arbejde/syg; anything else is refused naming the line and column.
    f.import_csv("hjælper;dato;start;slut;art\nH1;09-03-2026;09:00;10:00;Syg\n");
    CHECK(store::list_helper_shifts(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March}).back().kind ==
          ShiftKind::sick);
    try {
        f.import_csv("helper;date;start;end;kind\nH1;10-03-2026;09:00;10:00;holiday\n");
        FAIL("an unknown kind was accepted");
    } catch (const app::ShiftFileRejected& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].line == 2);
        CHECK(e.problems()[0].column == "kind");
    }
    CHECK(store::list_helper_shifts(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March}).size() == 4);
}

TEST_CASE("payslips name the payroll policy in force and follow its rounding method", "[shifts][payslip][policy]") {
    ShiftFamily f("shift_service_policy");
    std::string csv = "helper;date;start;end\n";
    for (int day = 2; day <= 21; ++day)
        csv += "H1;" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "-03-2026;09:00;12:00\n";
    f.import_csv(csv);
    Policy policy;
    policy.rounding_method = RoundingMethod::tens_down_kroner_up;
    auto m = app::helper_payslip(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March}, test::rate_book_2026(), policy);
    CHECK(m.payslip.rules.rounding == RoundingMethod::tens_down_kroner_up);
    CHECK(m.payslip.net == Money::ore(460200));  // domain.md §6, method 3

    YearRates year = test::rates_2024();
    year.year = 2026;
    year.work_injury_premium = MoneyFigure{Money::kroner(1500), true, "estimate"};
    RateBook book;
    book.add(year);
    auto family = app::family_payslips(f.scratch.sql(), f.family, Month{date::year{2026}, date::March}, book, Policy{});
    CHECK(family.work_injury == Money::kroner(125));
    CHECK(family.employer_cost == family.totals.employer_cost + Money::kroner(125));
    // Method 1: 645,36 + 2.820,22 + 81,00 + 353,97 = 3.900,55, reported as 3.901.
    CHECK(family.reported_withholding == Money::kroner(3901));

    auto dir = std::filesystem::temp_directory_path();
    std::string summary_path = (dir / ("hjt_policy_summary_" + std::to_string(::getpid()) + ".xlsx")).string();
    reports::write_payroll_summary(summary_path, app::payroll_summary(family));
    std::ifstream in(summary_path, std::ios::binary);
    auto rows = app::read_first_sheet(std::string(std::istreambuf_iterator<char>(in), {}), summary_path);
    std::string text;
    for (const auto& r : rows)
        for (const auto& [column, cell] : r.cells) text += cell.text + "\n";
    CHECK(text.find("Indkomstart: A-indkomst") != std::string::npos);
    CHECK(text.find("øreafrunding metode 1") != std::string::npos);
    CHECK(text.find("Husstandshjælp (Ferieloven § 43): nej") != std::string::npos);
    CHECK(text.find("Arbejdsskadeforsikring") != std::string::npos);
    std::filesystem::remove(summary_path);
}

TEST_CASE("a grant version's own window decides the shift's subsidy, and is stored with the version",
          "[shifts][service][window]") {
    ShiftFamily f("shift_service_window");
    auto& sql = f.scratch.sql();
    const Child child = store::list_children(sql, f.family).front();
    const Grant grant = store::list_grants(sql, child.id).front();
    GrantVersion widened = grant.versions.front();
    widened.id = 0;
    widened.grant_id = grant.id;
    widened.effective_from = hjt::testing::ymd(2026, 3, 1);
    widened.created_at.clear();
    widened.window = PayWindow{7 * 60, 20 * 60, true};
    store::insert_grant_version(sql, widened, "test");
    REQUIRE(store::list_grants(sql, child.id).front().versions.back().window == widened.window);

    // Tuesday 24 February 2026 keeps the policy's window; Tuesday 3 March 2026 has the grant's.
    CHECK(add(f, f.helper, "24-02-2026", "14:00", "21:00").classification.subsidisable_minutes == 2 * 60);
    ShiftRecord march = add(f, f.helper, "03-03-2026", "14:00", "21:00");
    CHECK(march.classification.subsidisable_minutes == 6 * 60);
    CHECK(add(f, f.helper, "07-03-2026", "10:00", "12:00").classification.subsidisable_minutes == 2 * 60);  // Saturday

    // Read back, the excluded hour still names the grant's window.
    auto stored = store::find_shift(sql, march.id);
    REQUIRE(stored);
    REQUIRE(stored->classification.excluded_count == 1);
    CHECK(describe(stored->classification.excluded[0], Policy{}) == "after 20:00 (the grant's window 07:00–20:00)");
}

TEST_CASE("a family's file names its helper by name, in any case, as the family knows it (issue 19)", "[shifts][service][import]") {
    ShiftFamily f("shift_service_helper_name");
    f.import_csv("hjælper;dato;start;slut\nsofie HANSEN;02-03-2026;09:00;12:00\nMads Holm;02-03-2026;13:00;15:00\n");
    CHECK(store::list_helper_shifts(f.scratch.sql(), f.helper, Month{date::year{2026}, date::March}).size() == 1);
    CHECK(store::list_helper_shifts(f.scratch.sql(), f.second_helper, Month{date::year{2026}, date::March}).size() == 1);
    // Another family's helper's name is not the family's: refused naming the column, nothing stored.
    try {
        f.import_csv("hjælper;dato;start;slut\nOther Helper;03-03-2026;09:00;12:00\n");
        FAIL("another family's helper was accepted by name");
    } catch (const app::ShiftFileRejected& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].column == "helper");
    }
    // Two helpers of the same name: the file cannot say which.
    f.add_helper(f.family, "H3", "Mads Holm");
    CHECK_THROWS_AS(f.import_csv("hjælper;dato;start;slut\nMads Holm;04-03-2026;09:00;12:00\n"), app::ShiftFileRejected);
    CHECK(store::list_helper_shifts(f.scratch.sql(), f.second_helper, Month{date::year{2026}, date::March}).size() == 1);
}
