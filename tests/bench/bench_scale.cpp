// Scale without cliffs (issue 18): the year's work at 1,000, 5,000 and 10,000
// families (and 50,000 with HJT_BENCH_50K=1; HJT_BENCH_SCALE_FAMILIES=200,1000
// picks other sizes; HJT_BENCH_SCALE_UNTIL=year stops after the step whose
// name starts so; HJT_BENCH_SCALE_KEEP=1 keeps each size's files and database
// in /tmp/hjt_bench_scale_keep_N and reuses the generated files there, and
// HJT_BENCH_SCALE_FROM=month then starts at the step so named on the kept
// database: for profiling one step again and again; HJT_BENCH_SCALE_POSTGRESQL_ONLY=1
// skips the SQLite half; HJT_BENCH_SCALE_IN_PROCESS=1 runs the steps without fork, for heaptrack), each step timed and its peak memory measured, then each
// step's growth from the smallest to the largest size set against the growth
// in families. Linear work grows as the families do (ratio 1.0); the goal is
// at most 1.3, and for the memory of the audit export and the statements less
// than 1.5 from 1k to 10k (they stream).
//
// The municipality comes from `hjt generate` (app/generator.h) for 2026 with
// its shifts, into a fresh database per size: SQLite, and PostgreSQL too when
// HJT_BENCH_DATABASE names a server (a schema per size, dropped afterwards).
// The steps, in order, as the CLI runs them through the app layer:
//   register import   the generated folder (import_first_folder)
//   year of shifts    every generated shift of the year but November's
//   month of shifts   November: at most 10 rows a family (100,000 rows at 10k
//                     families), into the database holding the rest of the year
//   payout run        November: prepare, approve (another finance user), export
//   reconcile final   2026 made final (drafts computed inside)
//   statements        every family's annual statement and the overview
//   audit export      2026 as one xlsx workbook
// Peak memory: each step runs in a child process of its own (fork), which
// opens the database itself; its peak resident set (wait4's ru_maxrss) is the
// step's. A child starts with the parent's resident set, which is printed
// ("bench process"): the parent only generates files and splits the shifts.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/audit_export_service.h"
#include "app/config_loader.h"
#include "app/generator.h"
#include "app/importer.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "app/payout_service.h"
#include "app/reconciliation_service.h"
#include "app/shift_file.h"
#include "app/shift_service.h"
#include "app/statement_service.h"
#include "bench.h"
#include "floor_baselines.h"
#include "store/connection.h"
#include "store/database.h"
#include "store/rates_store.h"
#include "store/shift_store.h"
#include "test_actor.h"

namespace {

using namespace hjt;
namespace fs = std::filesystem;

constexpr int kYear = 2026;
constexpr unsigned kHeldOutMonth = 11;  // November: imported last, paid by the run
constexpr int kMonthRowsPerFamily = 10;

// What a step's child reports back through a pipe.
struct ChildReport {
    double wall = 0, cpu = 0;
    double part = 0;  // wall seconds of the part a floor is measured for (g_part)
    bool ok = false;
    char note[240] = {};
};

// Set by a step in its child: the wall seconds of the part of it that a floor
// baseline does alike (writing the run sheet, the statements).
double g_part = 0;

struct StepResult {
    double wall = 0, cpu = 0, part = 0;
    long peak_kb = 0;
    bool ok = false;
    std::string note;
};

long resident_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Runs `work` in a child process; its return value is the note printed with the step.
// HJT_BENCH_SCALE_IN_PROCESS=1 runs each step in the bench's own process, for
// a heap profiler that does not follow fork (heaptrack); its peak is then the
// process's so far, not the step's.
StepResult in_process(const std::function<std::string()>& work) {
    g_part = 0;
    std::string note;
    const bench::Timing step = bench::timed([&] { note = work(); });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {step.wall, step.cpu, g_part, usage.ru_maxrss, true, note};
}

StepResult in_child(const std::function<std::string()>& work) {
    if (const char* in = std::getenv("HJT_BENCH_SCALE_IN_PROCESS"); in && std::string(in) == "1") return in_process(work);
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe");
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork");
    if (pid == 0) {
        close(fds[0]);
        ChildReport report;
        std::string note;
        try {
            const bench::Timing t = bench::timed([&] { note = work(); });
            report.wall = t.wall;
            report.cpu = t.cpu;
            report.part = g_part;
            report.ok = true;
        } catch (const std::exception& e) {
            note = std::string("FAILED: ") + e.what();
        }
        std::snprintf(report.note, sizeof report.note, "%s", note.c_str());
        [[maybe_unused]] auto written = write(fds[1], &report, sizeof report);
        std::fflush(stdout);
        _exit(0);
    }
    close(fds[1]);
    ChildReport report;
    std::size_t got = 0;
    while (got < sizeof report) {
        const auto n = read(fds[0], reinterpret_cast<char*>(&report) + got, sizeof report - got);
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    StepResult result{report.wall, report.cpu, report.part, usage.ru_maxrss, report.ok && got == sizeof report,
                      report.note};
    if (got != sizeof report) result.note = "the step's process died (status " + std::to_string(status) + ")";
    return result;
}

// The field `index` of a ';' separated line.
std::string field(const std::string& line, int index) {
    std::size_t from = 0;
    for (int i = 0; i < index; ++i) from = line.find(';', from) + 1;
    return line.substr(from, line.find(';', from) - from);
}

// shifts.csv split into the year but November (year.csv) and November's
// first kMonthRowsPerFamily rows of each family (month.csv). Returns the row counts.
std::pair<long long, long long> split_shifts(const fs::path& dir) {
    std::unordered_map<std::string, std::string> family_of_helper;
    {
        std::ifstream helpers(dir / "helpers.csv");
        std::string line;
        std::getline(helpers, line);
        while (std::getline(helpers, line)) family_of_helper[field(line, 0)] = field(line, 1);
    }
    std::ifstream in(dir / "shifts.csv");
    std::ofstream year(dir / "year.csv"), month(dir / "month.csv");
    std::string line;
    std::getline(in, line);
    year << line << '\n';
    month << line << '\n';
    char held_out[8];
    std::snprintf(held_out, sizeof held_out, "-%02u-", kHeldOutMonth);
    std::unordered_map<std::string, int> month_rows;
    long long year_rows = 0, month_total = 0;
    while (std::getline(in, line)) {
        const std::string day = field(line, 1);  // dd-mm-yyyy
        if (day.compare(2, 4, held_out) != 0) {
            year << line << '\n';
            ++year_rows;
        } else if (++month_rows[family_of_helper[field(line, 0)]] <= kMonthRowsPerFamily) {
            month << line << '\n';
            ++month_total;
        }
    }
    return {year_rows, month_total};
}

struct Step {
    const char* name;
    std::function<std::string(store::Database&, const fs::path&)> run;
};

// The note says where the time went (by the import's progress stages):
// opening the file, taking the lock and reading the register; reading the
// file a row at a time as each is checked, and storing; the overlap check
// with the commit. The file is read as the CLI reads it: a stream.
std::string import_shift_file(store::Database& db, const fs::path& file) {
    const auto start = std::chrono::steady_clock::now();
    auto since_start = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    app::ShiftFile shifts = app::read_shift_csv(std::make_unique<std::ifstream>(file, std::ios::binary),
                                                file.filename().string(), static_cast<long long>(fs::file_size(file)));
    double checking = 0, overlaps = 0;
    app::Progress progress = [&](const std::string& stage, long long, long long) {
        if (stage == "kontrollerer og gemmer vagter" && checking == 0) checking = since_start();
        if (stage == "kontrollerer overlap" && overlaps == 0) overlaps = since_start();
    };
    app::ShiftImportReport report;
    db.in_transaction([&](soci::session& sql) {
        report = app::import_shifts(sql, test::caseworker_actor("caseworker1"), std::nullopt, std::move(shifts), progress);
    });
    char note[160];
    std::snprintf(note, sizeof note,
                  "%lld shifts: register %.2f s, read+check+store %.2f s, overlaps+commit %.2f s", report.shifts,
                  checking, overlaps - checking, since_start() - overlaps);
    return note;
}

const Date today{date::year{kYear + 1} / date::February / 1};
const Month november = date::year{kYear} / date::month{kHeldOutMonth};

const std::vector<Step> steps = {
    {"register import",
     [](store::Database& db, const fs::path& dir) {
         const auto report = app::import_first_folder(db, (dir / "data").string(), "bench");
         return std::to_string(report.families) + " families, " + std::to_string(report.children) + " children, " +
                std::to_string(report.helpers) + " helpers";
     }},
    {"year of shifts (all but Nov)",
     [](store::Database& db, const fs::path& dir) { return import_shift_file(db, dir / "data" / "year.csv"); }},
    {"month of shifts (Nov)",
     [](store::Database& db, const fs::path& dir) { return import_shift_file(db, dir / "data" / "month.csv"); }},
    {"payout run (Nov)",
     [](store::Database& db, const fs::path& dir) {
         app::PrepareOutcome outcome;
         app::PrepareOptions options;
         options.default_pension = app::load_default_pension_payee("config");
         db.in_transaction([&](soci::session& sql) {
             outcome = app::prepare_payout(sql, test::finance_actor("finance1"), november, options);
         });
         db.in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("finance2"), november); });
         app::PayoutExport files;
         g_part = bench::seconds([&] {
             db.in_transaction([&](soci::session& sql) {
                 files = app::export_payout(sql, test::finance_actor("finance1"), november,
                                            (dir / "run.xlsx").string(), std::nullopt);
             });
         });
         return std::to_string(outcome.run.line_count) + " lines, " + std::to_string(outcome.flags) + " flags";
     }},
    {"reconcile final",
     [](store::Database& db, const fs::path&) {
         app::ReconcileReport report;
         app::ReconcileOptions options;
         options.list_stored = false;  // as the CLI runs it over every family
         db.in_transaction([&](soci::session& sql) {
             report = app::reconcile_year(sql, test::finance_actor("finance1"), kYear, std::nullopt, true, today, {},
                                          options);
         });
         return std::to_string(report.computed) + " children, " + std::to_string(report.families_closed) +
                " families closed";
     }},
    {"statements",
     [](store::Database& db, const fs::path& dir) {
         const auto report = app::write_all_statements(db.session(), kYear, today, (dir / "statements").string(),
                                                       app::load_letter_settings("config"));
         return std::to_string(report.totals.families) + " statements";
     }},
    {"audit export",
     [](store::Database& db, const fs::path& dir) {
         app::AuditExportResult result;
         db.in_transaction(
             [&](soci::session& sql) {
                 result = app::export_audit(sql, test::auditor_actor("auditor1"), kYear, (dir / "audit.xlsx").string(),
                                            app::AuditExportFormat::xlsx);
             },
             store::Database::Mode::read);
         return std::to_string(result.postings) + " postings, " + std::to_string(result.audit_entries) +
                " audit entries";
     }},
};

bool keep() {
    const char* kept = std::getenv("HJT_BENCH_SCALE_KEEP");
    return kept && std::string(kept) == "1";
}

// Each size's folder (and SQLite file, PostgreSQL schema) is this and the size.
std::string scale_prefix() {
    return keep() ? "hjt_bench_scale_keep_" : "hjt_bench_scale_" + std::to_string(::getpid()) + "_";
}

// The floor a step is compared with (floor_baselines.h), run in a child of its
// own after the step; prints its line. `before` is the database as it was before the step.
void print_floor(const char* what, const StepResult& floor, double ours, const char* ours_is) {
    if (!floor.ok) {
        std::printf("    floor: %s FAILED %s\n", what, floor.note.c_str());
        return;
    }
    std::printf("    floor: %s %.2f s wall (%s); %s ÷ floor %.2f\n", what, floor.wall, floor.note.c_str(), ours_is,
                ours / floor.wall);
}

// hjt's own way of storing shifts, for the month's rows of `source` (the
// database after the import) inserted into `target` (a copy from before it):
// store::insert_shifts in id order in one write transaction, and its commit
// (timed). The same work as plain_sqlite_shift_insert through hjt's types and
// store; the import adds reading the register and the file, the checks and the
// overlap read. All rows in one call; the import calls it for each batch of
// 5,000 rows, and its twenty more prepares at 100,000 rows cost microseconds.
bench::Timing hjt_shift_insert(const std::string& source, const std::string& target, long long& rows) {
    std::vector<ShiftRecord> shifts;
    store::Database(source).in_transaction(
        [&](soci::session& sql) {
            shifts = store::list_families_shifts(sql, 1, std::numeric_limits<Id>::max(), november);
        },
        store::Database::Mode::read);
    std::sort(shifts.begin(), shifts.end(), [](const ShiftRecord& a, const ShiftRecord& b) { return a.id < b.id; });
    rows = static_cast<long long>(shifts.size());
    store::Database to(target);
    return bench::timed([&] { to.in_transaction([&](soci::session& sql) { store::insert_shifts(sql, shifts); }); });
}

// The month's import against plain C inserting its rows into a copy of the
// database from before it, and against hjt's store inserting them into another.
void month_floor(const StepResult& ours, const fs::path& dir, const std::string& connection) {
    const fs::path plain = dir / "before.db", own = dir / "before-hjt.db";
    fs::copy_file(plain, own, fs::copy_options::overwrite_existing);
    auto measured = [&](const fs::path& copy, auto insert) {
        StepResult r = in_child([&] {
            long long rows = 0;
            g_part = insert(connection, copy.string(), rows).wall;
            return std::to_string(rows) + " rows";
        });
        r.wall = r.part;  // the insert and commit alone, not reading the rows
        fs::remove(copy);
        return r;
    };
    const StepResult floor = measured(plain, bench::plain_sqlite_shift_insert);
    const StepResult hjt_store = measured(own, hjt_shift_insert);
    // hjt reads the file as it checks and stores it, so its reading is not timed apart.
    print_floor("plain sqlite3 insert + commit of the same rows", floor, ours.wall, "the whole import");
    if (!hjt_store.ok) std::printf("    hjt's store::insert_shifts FAILED %s\n", hjt_store.note.c_str());
    else if (floor.ok)
        print_floor("plain sqlite3 insert + commit", floor, hjt_store.wall, "hjt's store::insert_shifts + commit");
}

void run_floor(const Step& step, const StepResult& ours, const fs::path& dir, const std::string& connection) {
    const std::string name = step.name;
    if (name.rfind("month", 0) == 0 && fs::exists(dir / "before.db")) {
        month_floor(ours, dir, connection);
    } else if (name.rfind("payout", 0) == 0) {
        const StepResult floor = in_child([&] {
            g_part = bench::bare_xlsx_rewrite({(dir / "run.xlsx").string()}, (dir / "bare").string()).wall;
            return std::string("the run sheet's cells");
        });
        StepResult write = floor;
        write.wall = floor.part;
        print_floor("bare libxlsxwriter", write, ours.part, "export");
    } else if (name == "statements") {
        // At most 1,000 statements' cells (reading them back is slow); the
        // floor for all is that time scaled by the count.
        std::vector<std::string> files;
        for (const auto& entry : fs::directory_iterator(dir / "statements")) files.push_back(entry.path().string());
        std::sort(files.begin(), files.end());
        const std::size_t all = files.size();
        if (files.size() > 1000) files.resize(1000);
        const StepResult floor = in_child([&] {
            g_part = bench::bare_xlsx_rewrite(files, (dir / "bare").string()).wall * all / files.size();
            return std::to_string(files.size()) + " of " + std::to_string(all) + " workbooks' cells and charts, scaled to all";
        });
        StepResult write = floor;
        write.wall = floor.part;
        print_floor("bare libxlsxwriter", write, ours.wall, "statements");
    }
    fs::remove_all(dir / "bare");
}

std::vector<long long> family_counts() {
    std::vector<long long> counts;
    if (const char* list = std::getenv("HJT_BENCH_SCALE_FAMILIES")) {
        std::stringstream in(list);
        for (std::string n; std::getline(in, n, ',');) counts.push_back(std::stoll(n));
        return counts;
    }
    counts = {1000, 5000, 10000};
    if (const char* big = std::getenv("HJT_BENCH_50K"); big && std::string(big) == "1") counts.push_back(50000);
    return counts;
}

// step name -> (families -> result)
using Results = std::map<std::string, std::map<long long, StepResult>>;

void run_size(long long families, const std::string& connection, const fs::path& dir, Results& results) {
    fs::create_directories(dir / "data");
    app::GenerateOptions options;
    options.families = families;
    options.year = kYear;
    options.out_dir = (dir / "data").string();
    options.seed = 7;
    options.shifts = true;
    long long year_rows = 0, month_rows = 0;
    const bool generated = fs::exists(dir / "data" / "month.csv");  // kept from an earlier run
    // Generated in a child of its own: a step's process starts from the bench
    // process, which would otherwise keep the generator's memory (46 MB at
    // 50k) and count it in every later step's peak.
    const double generating = bench::seconds([&] {
        if (generated) return;
        const StepResult made = in_child([&] {
            app::generate_municipality(options);
            const auto [year, month] = split_shifts(dir / "data");
            fs::remove(dir / "data" / "shifts.csv");
            return std::to_string(year) + " " + std::to_string(month);
        });
        if (!made.ok) throw std::runtime_error("generating the municipality: " + made.note);
        std::istringstream(made.note) >> year_rows >> month_rows;
    });
    const StepResult setup = std::getenv("HJT_BENCH_SCALE_FROM") ? StepResult{} : in_child([&] {
        store::Database db(connection);
        db.in_transaction([](soci::session& sql) {
            store::save_rates(sql, app::load_rate_book("config"));
            store::save_policy(sql, app::load_policy("config"));
        });
        return std::string();
    });
    std::printf("%lld families: generated in %.1f s (%lld shifts of the year, %lld of November); bench process %ld MB,"
                " an empty step's process %ld MB\n",
                families, generating, year_rows, month_rows, resident_kb() / 1024, setup.peak_kb / 1024);
    const char* until = std::getenv("HJT_BENCH_SCALE_UNTIL");  // "year": stop after the year of shifts
    const char* from = std::getenv("HJT_BENCH_SCALE_FROM");    // "month": skip the steps before
    for (const auto& step : steps) {
        if (from && std::string(step.name).rfind(from, 0) != 0) continue;
        from = nullptr;
        const bool sqlite = store::parse_connection(connection).backend == store::Backend::sqlite;
        if (sqlite && std::string(step.name).rfind("month", 0) == 0) fs::copy_file(connection, dir / "before.db", fs::copy_options::overwrite_existing);
        const StepResult r = in_child([&] {
            store::Database db(connection);
            return step.run(db, dir);
        });
        std::printf("  %-30s %8.2f s wall %8.2f s cpu %8.3f ms/family %7ld MB peak  %s\n", step.name, r.wall, r.cpu,
                    r.wall * 1000 / families, r.peak_kb / 1024, r.note.c_str());
        results[step.name][families] = r;
        if (r.ok) run_floor(step, r, dir, connection);
        fs::remove_all(dir / "statements");  // the written files, outside the step's time
        if (!r.ok || (until && std::string(step.name).rfind(until, 0) == 0)) break;
    }
}

void print_growth(const Results& results, const std::vector<long long>& counts) {
    const long long small = counts.front(), large = counts.back();
    const double family_ratio = static_cast<double>(large) / small;
    std::printf("growth from %lld to %lld families (family ratio %.1f): time ratio, ÷ family ratio (goal ≤ 1.3),"
                " peak memory ratio\n",
                small, large, family_ratio);
    for (const auto& step : steps) {
        // Steps after HJT_BENCH_SCALE_UNTIL (or a failed one) have no results.
        const auto found = results.find(step.name);
        if (found == results.end()) continue;
        const auto& by_size = found->second;
        if (!by_size.count(small) || !by_size.count(large)) continue;
        const StepResult &a = by_size.at(small), &b = by_size.at(large);
        if (!a.ok || !b.ok) continue;
        const double time_ratio = b.wall / a.wall;
        std::printf("  %-30s time %6.1f× (%5.2f)  cpu %6.1f× (%5.2f)  memory %5.2f× (%ld → %ld MB)\n", step.name,
                    time_ratio, time_ratio / family_ratio, b.cpu / a.cpu, b.cpu / a.cpu / family_ratio,
                    static_cast<double>(b.peak_kb) / a.peak_kb, a.peak_kb / 1024, b.peak_kb / 1024);
    }
}

void run_backend(const std::string& label, const std::function<std::string(long long)>& connection_for,
                 const std::function<void(long long)>& drop) {
    std::printf("-- %s\n", label.c_str());
    const auto counts = family_counts();
    Results results;
    for (long long families : counts) {
        const fs::path dir = fs::temp_directory_path() / (scale_prefix() + std::to_string(families));
        if (!keep()) fs::remove_all(dir);
        run_size(families, connection_for(families), dir, results);
        if (keep()) continue;
        drop(families);
        fs::remove_all(dir);
    }
    if (counts.size() > 1) print_growth(results, counts);
}

void bench_scale() {
    double load[3] = {};
    if (getloadavg(load, 3) == 3) std::printf("load average %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    const std::string unique = scale_prefix();
    // HJT_BENCH_SCALE_POSTGRESQL_ONLY=1: the PostgreSQL half alone (with HJT_BENCH_DATABASE).
    const char* only_postgresql = std::getenv("HJT_BENCH_SCALE_POSTGRESQL_ONLY");
    if (!only_postgresql || std::string(only_postgresql) != "1") {
        run_backend(
            "SQLite",
            [&](long long families) {
                return (fs::temp_directory_path() / (unique + std::to_string(families)) / "bench.db").string();
            },
            [](long long) {});
    }
    if (const char* server = std::getenv("HJT_BENCH_DATABASE")) {
        const auto schema = [&](long long families) { return unique + std::to_string(families); };
        run_backend(
            "PostgreSQL",
            [&](long long families) { return std::string(server) + " schema=" + schema(families); },
            [&](long long families) {
                store::Database db(std::string(server) + " schema=" + schema(families));
                db.session() << "DROP SCHEMA " + schema(families) + " CASCADE";
            });
    } else {
        std::printf("(set HJT_BENCH_DATABASE, or run under tests/postgres/throwaway-cluster.sh, for PostgreSQL)\n");
    }
}

} // namespace

static hjt::bench::Register r("scale: 1k, 5k, 10k families, a year's work", bench_scale);
