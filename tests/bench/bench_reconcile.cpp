// The annual reconciliation at municipality scale (issue 6): 5,000 families
// (about 6,250 children with grants, a version change for every tenth), a
// year of shifts (500 a family, 2,500,000 in all) and twelve a-conto postings
// a child, generated on the fly straight into the database: on SQLite, and on
// PostgreSQL when HJT_BENCH_DATABASE is set (tests/bench/each_backend.h).
// Timed: computing every child's figures, a whole draft run (compute +
// store + audit), and then the final run (settlements, figures, closed years,
// an audit entry per family). The goal is under 5 s (SQLite). Baseline in the same run: a
// bare SELECT SUM over the year's shifts.
#include <cstdio>
#include <filesystem>

#include "app/config_loader.h"
#include "app/reconciliation_service.h"
#include "bench.h"
#include "domain/copenhagen_clock.h"
#include "each_backend.h"
#include "store/database.h"
#include "store/rates_store.h"
#include "store/sql_dialect.h"
#include "test_actor.h"

namespace {

using namespace hjt;

constexpr int kFamilies = 5000;
constexpr int kShiftsPerFamily = 500;

// Families, children, grants (every tenth with a July version) and one helper each.
void generate_register(soci::session& sql) {
    long long id = 0, family = 0, hours = 0, wage = 0;
    std::string text, from;
    soci::statement families = (sql.prepare << "INSERT INTO families (id, name, cvr, bank_reg, bank_account)"
                                               " VALUES (:id, :name, :cvr, '1234', '1234567')",
                                soci::use(id), soci::use(text), soci::use(from));
    soci::statement children = (sql.prepare << "INSERT INTO children (id, family_id, name, cpr, birth_date)"
                                               " VALUES (:id, :family, :name, '010116-0000', '2016-01-01')",
                                soci::use(id), soci::use(family), soci::use(text));
    soci::statement grants = (sql.prepare << "INSERT INTO grants (id, child_id, decision_ref, decision_date, valid_from)"
                                             " VALUES (:id, :child, 'BEV', '2023-12-01', '2024-01-01')",
                              soci::use(id), soci::use(id));
    soci::statement versions =
        (sql.prepare << "INSERT INTO grant_versions (grant_id, effective_from, weekly_hours_h100, hourly_wage_ore,"
                        " created_at, created_by) VALUES (:grant, :from, :hours, :wage, '2024-01-01T00:00:00Z', 'bench')",
         soci::use(id), soci::use(from), soci::use(hours), soci::use(wage));
    soci::statement helpers =
        (sql.prepare << "INSERT INTO helpers (id, family_id, name, cpr, employment_from, hourly_wage_ore, tax_rate_bp,"
                        " monthly_deduction_ore) VALUES (:id, :family, 'Hjælper', '020290-0000', '2023-01-01', 13000,"
                        " 3800, 0)",
         soci::use(family), soci::use(family));
    long long child = 0;
    for (family = 1; family <= kFamilies; ++family) {
        id = family;
        text = "Familie " + std::to_string(family);
        from = std::to_string(10000000 + family);
        families.execute(true);
        helpers.execute(true);
        for (int c = 0; c < (family % 4 == 0 ? 2 : 1); ++c) {
            id = ++child;
            text = "Barn " + std::to_string(child);
            children.execute(true);
            grants.execute(true);
            from = "2024-01-01";
            hours = 1000 + (child % 16) * 100;
            wage = 12400 + (child % 8) * 100;
            versions.execute(true);
            if (child % 10 == 0) {
                from = "2024-07-15";
                hours += 500;
                versions.execute(true);
            }
        }
    }
    for (const char* table : {"families", "children", "grants", "helpers"}) store::follow_explicit_ids(sql, table);
}

// Two shifts a working day from 2 January, 08:00–11:00 and 12:00–15:00; some
// partly outside the subsidisable window, so subsidisable minutes vary. One
// INSERT ... SELECT over families × working days × the two halves: row by row,
// 2,500,000 round trips would make the PostgreSQL run take many minutes.
void generate_shifts(soci::session& sql) {
    // The UTC minute of each working day's local midnight, so the shifts' start_min and end_min
    // are their real instants (a family's shifts are read by their days' instants).
    const CopenhagenClock clock;
    std::vector<int> day_no;
    std::vector<long long> midnight_min;
    std::vector<std::string> work_date;
    for (date::sys_days d{date::year{2024} / 1 / 2}; work_date.size() < kShiftsPerFamily / 2; d += date::days{1}) {
        if (date::weekday{d} == date::Saturday || date::weekday{d} == date::Sunday) continue;
        day_no.push_back(static_cast<int>(work_date.size()));
        work_date.push_back(iso(Date{d}));
        midnight_min.push_back(clock.to_utc(d, 0)->time_since_epoch().count());
    }
    sql << "CREATE TEMP TABLE bench_days (day_no INTEGER NOT NULL, work_date TEXT NOT NULL, midnight_min BIGINT NOT NULL)";
    sql << "INSERT INTO bench_days (day_no, work_date, midnight_min) VALUES (:n, :day, :midnight)", soci::use(day_no),
        soci::use(work_date), soci::use(midnight_min);
    // Shift i of a family (0..499) is half i % 2 of working day i / 2.
    sql << "INSERT INTO shifts (helper_id, family_id, work_date, start_time, end_time, start_min, end_min, minutes,"
           " subsidisable_minutes)"
           " SELECT f.id, f.id, d.work_date, h.start_time, h.end_time, d.midnight_min + h.start_minute,"
           " d.midnight_min + h.start_minute + 180, 180,"
           " CASE WHEN (f.id + 2 * d.day_no + h.half) % 5 = 0 THEN 120 ELSE 180 END"
           " FROM families f CROSS JOIN bench_days d"
           " CROSS JOIN (SELECT 0 AS half, '08:00' AS start_time, '11:00' AS end_time, 480 AS start_minute"
           " UNION ALL SELECT 1, '12:00', '15:00', 720) h"
           " ORDER BY f.id, d.day_no, h.half";
    sql << "DROP TABLE bench_days";
}

// What the year's runs would have posted: each child's plan, month by month.
void generate_postings(soci::session& sql) {
    sql << "INSERT INTO ledger_postings (family_id, child_id, kind, month_concerned, amount_ore, posted_at, posted_by)"
           " SELECT c.family_id, c.id, 'helper', m.month, v.weekly_hours_h100 * 52 * 15000 / 1200, '2024-12-31', 'bench'"
           " FROM children c JOIN grants g ON g.child_id = c.id JOIN grant_versions v ON v.grant_id = g.id"
           " AND v.effective_from = '2024-01-01'"
           " CROSS JOIN (SELECT '2024-01' AS month UNION SELECT '2024-02' UNION SELECT '2024-03' UNION"
           " SELECT '2024-04' UNION SELECT '2024-05' UNION SELECT '2024-06' UNION SELECT '2024-07' UNION"
           " SELECT '2024-08' UNION SELECT '2024-09' UNION SELECT '2024-10' UNION SELECT '2024-11' UNION"
           " SELECT '2024-12') m";
}

// One backend's run: the year generated into `db`, then timed. Returns the draft run's timing.
bench::Timing run_on(store::Database& db, const std::filesystem::path&) {
    double generating = bench::seconds([&] {
        db.in_transaction([](soci::session& sql) {
            store::save_rates(sql, app::load_rate_book("config"));
            store::save_policy(sql, app::load_policy("config"));
            generate_register(sql);
            generate_shifts(sql);
            generate_postings(sql);
        });
    });
    long long shifts = 0, children = 0;
    db.session() << "SELECT COUNT(*) FROM shifts", soci::into(shifts);
    db.session() << "SELECT COUNT(*) FROM children", soci::into(children);
    const Date today{date::year{2025} / 2 / 1};

    long long minutes = 0;
    auto baseline = bench::timed([&] {
        db.session() << "SELECT SUM(subsidisable_minutes) FROM shifts WHERE work_date >= '2024-01-01'"
                        " AND work_date <= '2024-12-31'",
            soci::into(minutes);
    });
    std::size_t computed = 0;
    auto computing = bench::timed([&] {
        db.in_transaction(
            [&](soci::session& sql) { computed = app::compute_reconciliations(sql, 2024, std::nullopt, today).size(); },
            store::Database::Mode::read);
    });
    app::ReconcileReport report;
    auto drafting = bench::timed([&] {
        db.in_transaction([&](soci::session& sql) {
            report = app::reconcile_year(sql, test::finance_actor("bench"), 2024, std::nullopt, false, today);
        });
    });
    Money balance;
    for (const auto& r : report.reconciliations) balance += r.figures.balance;
    app::ReconcileReport final_report;
    auto finalising = bench::timed([&] {
        db.in_transaction([&](soci::session& sql) {
            sql << "INSERT INTO users (username, password_hash, role) VALUES ('bench', 'x', 'finance')";
            final_report = app::reconcile_year(sql, test::finance_actor("bench"), 2024, std::nullopt, true, today);
        });
    });

    std::printf("generated %d families, %lld children, %lld shifts in %.1f s\n", kFamilies, children, shifts,
                generating);
    std::printf("baseline: SELECT SUM over the year's shifts (%lld min): %.3f s wall, %.3f s cpu\n", minutes,
                baseline.wall, baseline.cpu);
    std::printf("compute %zu reconciliations: %.3f s wall, %.3f s cpu (ratio to baseline %.1f)\n", computed,
                computing.wall, computing.cpu, computing.wall / baseline.wall);
    std::printf("draft run (compute + store + audit) of %lld children: %.3f s wall (goal < 5 s), %.3f s cpu"
                " (ratio to baseline %.1f); balance in all %lld øre\n",
                report.computed, drafting.wall, drafting.cpu, drafting.wall / baseline.wall,
                static_cast<long long>(balance.ore()));
    std::printf("final run (settlements + store + close + audit) of %lld children, %lld families: %.3f s wall,"
                " %.3f s cpu (ratio to baseline %.1f); settlements %lld øre\n",
                final_report.computed, final_report.families_closed, finalising.wall, finalising.cpu,
                finalising.wall / baseline.wall, static_cast<long long>(final_report.settlements.ore()));
    return drafting;
}

void bench_reconcile() { bench::on_each_backend("reconcile", "draft run", run_on); }

} // namespace

static hjt::bench::Register r("annual reconciliation, 5,000 families, 2.5M shifts", bench_reconcile);
