// Shift times stored as integers (schema 15, issue 18): start_min and end_min
// are minutes since 1970-01-01T00:00Z. The values here are computed by hand:
// 1 January 2026 is day 20,454 since the epoch (56 years of 365 days and 14
// leap days), 1 January 2024 day 19,723, 1 January 2000 day 10,957.
#include <catch2/catch.hpp>

#include <soci/soci.h>

#include "app/shift_service.h"
#include "shift_fixture.h"
#include "store/migrations.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "store/shift_store.h"
#include "store/sql_dialect.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ShiftFamily;

namespace {

std::pair<long long, long long> stored_minutes(soci::session& sql, Id shift_id) {
    long long start = 0, end = 0;
    sql << "SELECT start_min, end_min FROM shifts WHERE id = :id", soci::into(start), soci::into(end), soci::use(shift_id);
    return {start, end};
}

Id last_shift(soci::session& sql) {
    long long id = 0;
    sql << "SELECT MAX(id) FROM shifts", soci::into(id);
    return id;
}

std::vector<app::LineProblem> rejection(const std::function<void()>& import) {
    try {
        import();
    } catch (const app::ShiftFileRejected& e) {
        return e.problems();
    }
    FAIL("the import was not rejected");
    return {};
}

UtcMinutes at_minute(long long minutes) { return UtcMinutes{std::chrono::minutes{minutes}}; }

} // namespace

TEST_CASE("shift times: stored as minutes since the epoch across both DST nights", "[shifts][times][dst]") {
    ShiftFamily f("shift_times_dst");
    auto& sql = f.scratch.sql();
    // 29 March 2026 (day 20,541) 01:00 CET – 04:00 CEST: 00:00Z – 02:00Z.
    f.import_csv("helper;date;start;end\nH1;29-03-2026;01:00;04:00\n");
    const Id march = last_shift(sql);
    CHECK(stored_minutes(sql, march) == std::pair{20541LL * 1440, 20541LL * 1440 + 120});
    // 25 October 2026 (day 20,751) 01:00 CEST – 04:00 CET: 24 October 23:00Z – 03:00Z.
    f.import_csv("helper;date;start;end\nH1;25-10-2026;01:00;04:00\n");
    const Id october = last_shift(sql);
    CHECK(stored_minutes(sql, october) == std::pair{20751LL * 1440 - 60, 20751LL * 1440 + 180});
    auto read = store::find_shift(sql, october);
    REQUIRE(read);
    CHECK(read->classification.start_utc == at_minute(20751LL * 1440 - 60));
    CHECK(read->classification.minutes == 240);

    // An edit moves the stored integers with the times: 2 April 14:00–18:00 CEST is 12:00Z–16:00Z.
    f.scratch.db().in_transaction([&](soci::session& s) {
        app::update_shift(s, test::caseworker_actor("test"), march, parse_shift_times("02-04-2026", "14:00", "18:00"),
                          Policy{});
    });
    CHECK(stored_minutes(sql, march) == std::pair{20545LL * 1440 + 720, 20545LL * 1440 + 960});
}

TEST_CASE("shift times: overlaps across the DST nights are found by UTC, touching shifts are not overlaps",
          "[shifts][times][dst][import]") {
    ShiftFamily f("shift_times_dst_overlap");
    f.import_csv("helper;date;start;end\nH1;29-03-2026;01:00;04:00\nH1;25-10-2026;01:00;04:00\n");
    // Touching the stored shifts' ends and starts: accepted.
    f.import_csv("helper;date;start;end\nH1;29-03-2026;04:00;06:00\nH1;25-10-2026;04:00;05:00\n"
                 "H1;24-10-2026;20:00;01:00\n");
    CHECK(f.scratch.count("shifts") == 5);
    // 28 March 22:00 CET – 29 March 03:30 CEST (21:00Z–01:30Z) ends 90 minutes
    // into the March shift; 25 October 01:00–01:30 CEST (23:00Z–23:30Z) touches
    // the evening shift's end and lies inside the October night shift; the
    // other helper's shift of the same night clashes with nothing.
    auto problems = rejection([&] {
        f.import_csv("helper;date;start;end\nH1;28-03-2026;22:00;03:30\nH1;25-10-2026;01:00;01:30\n"
                     "H2;25-10-2026;01:00;04:00\n");
    });
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].line == 2);
    CHECK(problems[0].reason.find("den gemte vagt") != std::string::npos);
    CHECK(problems[1].line == 3);
    CHECK(f.scratch.count("shifts") == 5);
}

TEST_CASE("shift times: a municipality's file checks every helper's stored shifts, batch after batch",
          "[shifts][times][import]") {
    // The check reads the file's helpers 100 at a time; the 150 helpers here
    // fill one batch and part of a second, whose list repeats its last helper.
    ShiftFamily f("shift_times_batches");
    std::vector<Id> helpers;
    for (int i = 0; i < 150; ++i) helpers.push_back(f.add_helper(f.family, "B" + std::to_string(i), "Hjælper " + std::to_string(i)));
    auto import_all = [&](const std::string& csv) {
        f.scratch.db().in_transaction([&](soci::session& sql) {
            app::import_shifts(sql, test::caseworker_actor("test"), std::nullopt, app::read_shift_csv(csv, "all.csv"),
                               Policy{});
        });
    };
    import_all("helper;date;start;end\nB0;10-03-2026;09:00;12:00\nB120;10-03-2026;09:00;12:00\n"
               "B149;10-03-2026;09:00;12:00\n");
    std::string csv = "helper;date;start;end\n";
    for (int i = 0; i < 150; ++i) csv += "B" + std::to_string(i) + ";10-03-2026;11:00;13:00\n";
    auto problems = rejection([&] { import_all(csv); });
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 2);    // B0, the first batch
    CHECK(problems[1].line == 122);  // B120, the second
    CHECK(problems[2].line == 151);  // B149, the last of the second batch
    CHECK(f.scratch.count("shifts") == 3);
}

TEST_CASE("schema 15: the text instants of an older release become minutes since the epoch",
          "[store][migrations][shifts][times]") {
    testing::ScratchConnection scratch("shift_times_migration");
    soci::session sql;
    store::open_session(sql, store::parse_connection(scratch.connection()));
    store::migrate(sql, 13);
    const Id family = store::insert_family(sql, testing::sample_family());
    const Id helper = store::insert_helper(sql, testing::sample_helper(family));
    // A leap day's evening into 1 March, a spring afternoon in CEST, and the first minute of 2000.
    for (const char* times : {"'2024-02-29', '00:30', '02:00', '2024-02-29T23:30Z', '2024-03-01T01:00Z'",
                              "'2026-04-02', '14:00', '18:00', '2026-04-02T12:00Z', '2026-04-02T16:00Z'",
                              "'2000-01-01', '01:00', '02:00', '2000-01-01T00:00Z', '2000-01-01T01:00Z'"})
        sql << "INSERT INTO shifts (helper_id, family_id, work_date, start_time, end_time, start_utc, end_utc, minutes,"
               " subsidisable_minutes) VALUES (:h, :f, " + std::string(times) + ", 90, 0)",
            soci::use(helper), soci::use(family);
    store::migrate(sql);
    std::vector<std::pair<long long, long long>> stored;
    long long start = 0, end = 0;
    soci::statement st = (sql.prepare << "SELECT start_min, end_min FROM shifts ORDER BY id", soci::into(start),
                          soci::into(end));
    st.execute();
    while (st.fetch()) stored.emplace_back(start, end);
    const long long leap_day = 19723 + 31 + 28;  // 29 February 2024
    CHECK(stored == std::vector<std::pair<long long, long long>>{
                        {leap_day * 1440 + 23 * 60 + 30, (leap_day + 1) * 1440 + 60},
                        {20545LL * 1440 + 720, 20545LL * 1440 + 960},
                        {10957LL * 1440, 10957LL * 1440 + 60}});
    // The overlap check reads them back by helper: a new shift inside the first clashes.
    auto spans = store::stored_shift_spans(sql, {helper}, at_minute(leap_day * 1440 + 24 * 60),
                                           at_minute(leap_day * 1440 + 24 * 60 + 30));
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].start == at_minute(leap_day * 1440 + 23 * 60 + 30));
}
