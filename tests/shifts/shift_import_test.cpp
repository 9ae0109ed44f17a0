#include <catch2/catch.hpp>

#include <thread>

#include "shift_fixture.h"
#include "store/shift_store.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::csv_of_shifts;
using hjt::testing::ShiftFamily;

namespace {

std::vector<app::LineProblem> rejection(ShiftFamily& f, const std::string& csv) {
    try {
        f.import_csv(csv);
    } catch (const app::ShiftFileRejected& e) {
        return e.problems();
    }
    FAIL("the import was not rejected");
    return {};
}

// `csv` with the date of line `line` (the header is line 1) one that does not exist.
std::string with_bad_date(std::string csv, int line) {
    std::size_t pos = 0;
    for (int l = 1; l < line; ++l) pos = csv.find('\n', pos) + 1;
    return csv.replace(pos + 3, 10, "31-02-2026");
}

} // namespace

TEST_CASE("import: 1,000 good lines are stored, classified and audited once", "[shifts][import]") {
    ShiftFamily f("shift_import_good");
    long long audit_before = f.scratch.count("audit_log");
    auto report = f.import_csv(csv_of_shifts(1000));
    CHECK(report.shifts == 1000);
    CHECK(report.minutes == 1000 * 120);
    CHECK(f.scratch.count("shifts") == 1000);
    CHECK(f.scratch.count("audit_log") == audit_before + 1);
    auto january = store::list_helper_shifts(f.scratch.sql(), f.helper, Month{date::year{2026}, date::January});
    REQUIRE_FALSE(january.empty());
    CHECK(january.front().times.date == Date{date::year{2026}, date::January, date::day{5}});
    CHECK(january.front().classification.subsidisable_minutes == 120);
}

TEST_CASE("import: one bad line among 1,000 imports nothing and names the line", "[shifts][import]") {
    ShiftFamily f("shift_import_one_bad");
    auto problems = rejection(f, with_bad_date(csv_of_shifts(1000), 501));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 501);
    CHECK(problems[0].column == "date");
    CHECK(f.scratch.count("shifts") == 0);
}

TEST_CASE("import: the refusal says in Danish how many lines are wrong, which, in which field and why",
          "[shifts][import]") {
    ShiftFamily f("shift_import_danish_refusal");
    auto message = [&](const std::string& csv) {
        try {
            f.import_csv(csv, "marts.csv");
        } catch (const app::ShiftFileRejected& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK(message(with_bad_date(csv_of_shifts(3), 3)) ==
          "1 fejl i marts.csv; intet er indlæst:\n"
          "  linje 3, Dato: \"31-02-2026\" er ikke en rigtig dato skrevet dd-mm-åååå");
    CHECK(message("hjælper;dato;start;slut\n") == "1 fejl i marts.csv; intet er indlæst:\n  filen: filen har ingen vagter");
    CHECK(message("") ==
          "1 fejl i marts.csv; intet er indlæst:\n  filen: filen er tom (forventede overskriften hjælper;dato;start;slut)");
    CHECK(f.scratch.count("shifts") == 0);
}

TEST_CASE("import: shifts stored a batch at a time are taken back when a later line or an overlap is refused",
          "[shifts][import]") {
    // The import stores 5,000 checked shifts at a time as it goes; a problem
    // found after a batch was stored (a bad line, or an overlap found at the
    // end) must leave nothing stored, and the stored batch must not count as
    // a clash with the file's own lines.
    ShiftFamily f("shift_import_batches_taken_back");
    const std::string csv = csv_of_shifts(6000);
    auto problems = rejection(f, with_bad_date(csv, 5501));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 5501);
    CHECK(f.scratch.count("shifts") == 0);

    // The file's first shift (5 January 2026 08:00–10:00) again as its last line.
    problems = rejection(f, csv + "H1;05-01-2026;09:00;10:00\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 6002);
    CHECK(problems[0].reason.find("linje 2 (") != std::string::npos);
    CHECK(f.scratch.count("shifts") == 0);

    CHECK(f.import_csv(csv).shifts == 6000);
    CHECK(f.scratch.count("shifts") == 6000);
}

TEST_CASE("import: problems on lines after the first stored batch are all listed and nothing is stored",
          "[shifts][import]") {
    // The file is read a row at a time as it is checked (64 KiB at a time from
    // the stream) and stored 5,000 shifts at a time: problems found after
    // batches were stored are listed with the earlier ones, each by its line.
    ShiftFamily f("shift_import_late_problems");
    std::string csv = with_bad_date(with_bad_date(with_bad_date(csv_of_shifts(12000), 3), 5501), 11001);
    csv += "H1;05-01-2026;09:00;10:00\n";  // line 12002 overlaps line 2
    auto problems = rejection(f, csv);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].line == 3);
    CHECK(problems[1].line == 5501);
    CHECK(problems[2].line == 11001);
    for (int i = 0; i < 3; ++i) CHECK(problems[i].column == "date");
    CHECK(problems[3].line == 12002);
    CHECK(problems[3].reason.find("linje 2 (") != std::string::npos);
    CHECK(f.scratch.count("shifts") == 0);

    // A quote never closed on the last line ends the file there: it is
    // listed for the file as a whole, with the bad lines before it.
    problems = rejection(f, with_bad_date(csv_of_shifts(12000), 7001) + "H1;\"05-01-2027;09:00;10:00\n");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].line == 0);
    CHECK(problems[0].reason.find("12002") != std::string::npos);
    CHECK(problems[1].line == 7001);
    CHECK(f.scratch.count("shifts") == 0);
}

TEST_CASE("import: lines keep their numbers across CRLF, blank lines and quoted fields over two lines",
          "[shifts][import]") {
    ShiftFamily f("shift_import_line_numbers");
    // 3,000 good lines in CRLF (over 64 KiB, so the reader refills between them and the rest).
    std::string csv = csv_of_shifts(3000, "helper;date;start;end;kind\n");
    for (std::size_t pos = 0; (pos = csv.find('\n', pos)) != std::string::npos; pos += 2) csv.insert(pos, "\r");
    csv += "\"H1\";10-03-2026;15:00;17:00;\r\n"           // line 3002
           "H1;\"10-03-2026\";18:00;19:00;\"arbejde\"\r\n"  // line 3003
           "H1;11-03-2026;15:00;17:00;\"syg\r\nigen\"\r\n"    // lines 3004-3005: an unknown kind
           "\r\n"                                            // line 3006, blank
           "H1;12-03-2026;9:7;17:00;\r\n"                  // line 3007: no such time
           "H1;13-03-2026;15:00;17:00;\r\n"                  // line 3008
           "\"H1\";10-03-2026;16:00;16:30;\r\n";           // line 3009 overlaps line 3002
    auto problems = rejection(f, csv);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 3004);
    CHECK(problems[0].column == "kind");
    CHECK(problems[1].line == 3007);
    CHECK(problems[1].column == "start");
    CHECK(problems[2].line == 3009);
    CHECK(problems[2].reason.find("linje 3002 (") != std::string::npos);
    CHECK(f.scratch.count("shifts") == 0);
}

TEST_CASE("import: every bad line is listed with its column and reason", "[shifts][import]") {
    ShiftFamily f("shift_import_every_bad");
    auto problems = rejection(f,
                              "helper;date;start;end\n"
                              "H1;10-03-2026;09:00;12:00\n"
                              "H1;10-03-2026;10:00;10:00\n"   // end = start
                              "NOBODY;10-03-2026;09:00;12:00\n"
                              "X1;10-03-2026;09:00;12:00\n"   // another family's helper
                              "H1;10-03-2026;11:00;13:00\n"   // overlaps line 2
                              "H2;10-03-2026;11:00;13:00\n"   // another helper at the same time: fine
                              "H1;11-03-2026;06:00;23:00\n"   // 17 h
                              "H1;11-03-2026;9:7;12:00\n");
    REQUIRE(problems.size() == 6);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].column == "end");
    CHECK(problems[1].line == 4);
    CHECK(problems[1].column == "helper");
    CHECK(problems[2].line == 5);
    CHECK(problems[2].column == "helper");
    CHECK(problems[3].line == 6);
    CHECK(problems[3].reason.find("overlapper linje 2") != std::string::npos);
    CHECK(problems[4].line == 8);
    CHECK(problems[4].reason.find("16 timer") != std::string::npos);
    CHECK(problems[5].line == 9);
    CHECK(problems[5].column == "start");
    CHECK(f.scratch.count("shifts") == 0);
}

TEST_CASE("import: an overlap with a stored shift is refused", "[shifts][import]") {
    ShiftFamily f("shift_import_stored_overlap");
    f.import_csv("helper;date;start;end\nH1;10-03-2026;09:00;12:00\n");
    auto problems = rejection(f, "helper;date;start;end\nH1;10-03-2026;13:00;14:00\nH1;10-03-2026;11:30;12:30\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].reason.find("den gemte vagt") != std::string::npos);
    CHECK(f.scratch.count("shifts") == 1);
}

TEST_CASE("import: a stored shift of the longest length, begun the day before, still clashes", "[shifts][import]") {
    // The overlap check reads stored shifts by start from (the file's first
    // start − 16 hours): a 16-hour shift 9 March 16:00 – 10 March 08:00 is found
    // by a file whose only shift is 10 March 07:00–09:00, one hour before its end.
    ShiftFamily f("shift_import_long_stored_overlap");
    f.import_csv("helper;date;start;end\nH1;09-03-2026;16:00;08:00\n");
    auto problems = rejection(f, "helper;date;start;end\nH1;10-03-2026;07:00;09:00\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].reason.find("den gemte vagt") != std::string::npos);
    // One minute after its end is free.
    f.import_csv("helper;date;start;end\nH1;10-03-2026;08:00;09:00\n");
    CHECK(f.scratch.count("shifts") == 2);
}

TEST_CASE("import: BOM, CRLF, Danish header, helper by id and an hours column in decimal comma",
          "[shifts][import]") {
    ShiftFamily f("shift_import_bom");
    std::string csv = "\xEF\xBB\xBFhj\xC3\xA6lper;dato;start;slut;timer\r\n" + std::to_string(f.helper) +
                      ";10-03-2026;14:00;18:00;4,00\r\nH2;10-03-2026;22:00;06:00;8,0\r\n";
    auto report = f.import_csv(csv);
    CHECK(report.shifts == 2);
    CHECK(report.minutes == 12 * 60);
    CHECK(report.subsidisable_minutes == 120);

    auto problems = rejection(f, "helper;date;start;end;hours\nH1;12-03-2026;09:00;12:00;3,50\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].column == "hours");
}

TEST_CASE("import: a file without the header or without rows is refused", "[shifts][import]") {
    ShiftFamily f("shift_import_header");
    CHECK(rejection(f, "H1;10-03-2026;09:00;12:00\n").size() == 1);
    CHECK(rejection(f, "helper;date;start;end\n").size() == 1);
    CHECK(rejection(f, "").size() == 1);
}

TEST_CASE("import: two imports for one family at the same time cannot both store an overlap",
          "[shifts][import][concurrency]") {
    ShiftFamily f("shift_import_concurrent");
    const std::string path = f.scratch.path();
    const Id family = f.family;
    // Each thread overlaps the other's shifts on every line; whichever commits
    // second must see the first one's shifts inside its own write transaction.
    const std::string first = csv_of_shifts(300);
    std::string second = first;
    for (std::size_t pos = 0; (pos = second.find(":00;", pos)) != std::string::npos; pos += 4) second[pos + 1] = '3';
    std::atomic<int> stored{0}, refused{0};
    auto import = [&](const std::string& csv) {
        store::Database db(path);
        try {
            db.in_transaction([&](soci::session& sql) {
                app::import_shifts(sql, test::caseworker_actor("test"), family, app::read_shift_csv(csv, "shifts.csv"), Policy{});
            });
            ++stored;
        } catch (const app::ShiftFileRejected&) {
            ++refused;
        }
    };
    std::thread a(import, first), b(import, second);
    a.join();
    b.join();
    CHECK(stored == 1);
    CHECK(refused == 1);
    CHECK(f.scratch.count("shifts") == 300);
}

TEST_CASE("import: a file without a family stores each helper's shifts in its own family", "[shifts][import]") {
    ShiftFamily f("shift_import_all_families");
    app::ShiftImportReport report;
    f.scratch.db().in_transaction([&](soci::session& sql) {
        report = app::import_shifts(sql, test::caseworker_actor("test"), std::nullopt,
                                    app::read_shift_csv("helper;date;start;end\n"
                                                        "H1;10-03-2026;09:00;12:00\n"
                                                        "X1;10-03-2026;09:00;12:00\n",
                                                        "all.csv"),
                                    Policy{});
    });
    CHECK(report.shifts == 2);
    auto other = store::list_helper_shifts(f.scratch.sql(), f.other_family_helper, Month{date::year{2026}, date::March});
    REQUIRE(other.size() == 1);
    CHECK(other[0].family_id != f.family);
    // The same file again: every line overlaps its stored twin.
    auto problems = [&] {
        try {
            f.scratch.db().in_transaction([&](soci::session& sql) {
                app::import_shifts(sql, test::caseworker_actor("test"), std::nullopt,
                                   app::read_shift_csv("helper;date;start;end\nX1;10-03-2026;11:00;13:00\n", "again.csv"),
                                   Policy{});
            });
        } catch (const app::ShiftFileRejected& e) {
            return e.problems().size();
        }
        return std::size_t{0};
    }();
    CHECK(problems == 1);
}
