// Shift import and classification (issue 5): parse + validate 100,000 CSV rows
// (goal < 1 s) and classify 2,000,000 shifts, a national year (goal < 2 s).
// Each is compared with a baseline measured in the same run.
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <unistd.h>

#include "app/shift_file.h"
#include "app/shift_service.h"
#include "bench.h"
#include "domain/shift_classification.h"
#include "store/database.h"
#include "domain/danish_format.h"
#include "store/import_keys.h"
#include "store/register_repository.h"
#include "test_actor.h"

namespace {

using namespace hjt;

const Period employment{Date{date::year{2025}, date::January, date::day{1}}, std::nullopt};
const std::vector<GrantWindow> grants{{Period{Date{date::year{2026}, date::January, date::day{1}}, std::nullopt}, PayWindow{}}};

constexpr std::size_t shifts_per_helper = 3 * 365;

// A year of shifts (2026), three a day for each helper in turn, with evenings,
// weekends and holidays, so every path of the classifier runs.
std::vector<ShiftTimes> shifts(std::size_t count) {
    std::vector<ShiftTimes> out;
    out.reserve(count);
    const date::sys_days new_year{date::year{2026} / date::January / 1};
    static const int slots[][2] = {{8 * 60, 11 * 60}, {11 * 60, 15 * 60}, {15 * 60, 19 * 60 + 30}};
    for (std::size_t i = 0; i < count; ++i) {
        const auto day = new_year + date::days{static_cast<int>(i % shifts_per_helper / 3)};
        out.push_back({Date{day}, slots[i % 3][0], slots[i % 3][1]});
    }
    return out;
}

std::string helper_key(std::size_t shift_index) { return "H" + std::to_string(shift_index / shifts_per_helper + 1); }

std::string csv(const std::vector<ShiftTimes>& times) {
    std::string text = "helper;date;start;end\n";
    for (std::size_t i = 0; i < times.size(); ++i)
        text += helper_key(i) + ";" + format_danish_date(times[i].date) + ";" + format_clock(times[i].start_minute) +
                ";" + format_clock(times[i].end_minute) + "\n";
    return text;
}

// The least any reader must do: walk the text once, splitting lines on ';'.
std::size_t split_fields(const std::string& text) {
    std::size_t fields = 0;
    for (char c : text) fields += (c == ';' || c == '\n');
    return fields;
}

void report(const char* what, std::size_t rows, double seconds, double baseline_seconds, const char* baseline) {
    std::printf("%-44s %9zu rows %8.3f s %12.0f rows/s   %6.1f× %s (%.3f s)\n", what, rows, seconds, rows / seconds,
                seconds / baseline_seconds, baseline, baseline_seconds);
}

void parse_and_validate() {
    const std::size_t rows = 100000;
    const std::string text = csv(shifts(rows));
    std::size_t sink = 0;
    double baseline = bench::seconds([&] { sink += split_fields(text); });
    double elapsed = bench::seconds([&] {
        ShiftClassifier classifier{Policy{}};
        app::ShiftFile file = app::read_shift_csv(text, "bench.csv");
        for (app::ShiftFileRow row; file.next(row);)
            sink += classifier.classify(parse_shift_times(row.date, row.start, row.end), employment, grants).minutes;
    });
    report("parse + validate + classify CSV", rows, elapsed, baseline, "a bare split on ';'");
    std::printf("  (checksum %zu)\n", sink);
}

void classify() {
    const std::size_t count = 2000000;
    const auto times = shifts(count);
    const date::time_zone* zone = date::locate_zone("Europe/Copenhagen");
    long long sink = 0;
    // Baseline: the real length by two tz database lookups per shift, no classification.
    double baseline = bench::seconds([&] {
        for (const auto& t : times) {
            const date::local_time<std::chrono::minutes> midnight{date::local_days{t.date}.time_since_epoch()};
            auto start = zone->to_sys(midnight + std::chrono::minutes{t.start_minute}, date::choose::earliest);
            auto end = zone->to_sys(midnight + std::chrono::minutes{t.end_minute}, date::choose::earliest);
            sink += (end - start).count();
        }
    });
    double elapsed = bench::seconds([&] {
        ShiftClassifier classifier{Policy{}};
        for (const auto& t : times) sink += classifier.classify(t, employment, grants).subsidisable_minutes;
    });
    report("classify shifts", count, elapsed, baseline, "two tz lookups a shift");
    std::printf("  (checksum %lld)\n", sink);
}

// The whole import into SQLite: read, check, overlap against stored, insert, audit.
void import_into_store() {
    const std::size_t rows = 100000;
    const std::string text = csv(shifts(rows));
    const auto path = std::filesystem::temp_directory_path() / ("hjt_bench_shifts_" + std::to_string(::getpid()) + ".db");
    {
        store::Database db(path.string());
        Id family = 0;
        db.in_transaction([&](soci::session& sql) {
            Family f;
            f.name = "Bench";
            f.cvr = "10000009";
            family = store::insert_family(sql, f);
            Helper h;
            h.family_id = family;
            h.name = "Bench helper";
            h.cpr = "020399-1234";
            h.employment = employment;
            h.hourly_wage = Money::kroner(135);
            for (std::size_t i = 0; i < rows; i += shifts_per_helper)
                store::insert_import_key(sql, "helper", helper_key(i), store::insert_helper(sql, h));
        });
        double parse = bench::seconds([&] {
            app::ShiftFile file = app::read_shift_csv(text, "bench.csv");
            for (app::ShiftFileRow row; file.next(row);) {}
        });
        // The progress callback marks where checking and storing end and the overlap check and commit begin.
        const auto start = std::chrono::steady_clock::now();
        double checked = 0;
        app::Progress progress = [&](const std::string& stage, long long, long long) {
            if (stage == "kontrollerer overlap" && checked == 0)
                checked = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        };
        const bench::Timing import = bench::timed([&] {
            db.in_transaction([&](soci::session& sql) {
                app::import_shifts(sql, test::caseworker_actor("bench"), family, app::read_shift_csv(text, "bench.csv"), Policy{}, progress);
            });
        });
        report("import CSV into SQLite (all checks)", rows, import.wall, parse, "reading the CSV only");
        std::printf("  of which reading, checking and storing %.3f s, overlaps and commit %.3f s; processor time %.3f s\n",
                    checked, import.wall - checked, import.cpu);
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

const bench::Register parse_bench("shifts: parse+validate 100k CSV rows", parse_and_validate);
const bench::Register classify_bench("shifts: classify 2M shifts", classify);
const bench::Register import_bench("shifts: import 100k rows into the store", import_into_store);

} // namespace
