// The annual reconciliation at municipality scale (issue 6): 5,000 families
// (about 6,250 children with grants, a version change for every tenth), a
// year of shifts (500 a family, 2,500,000 in all) and twelve a-conto postings
// a child, generated on the fly straight into SQLite. Timed: computing every
// child's figures, and a whole draft run (compute + store + audit). The goal
// is under 5 s. Baseline in the same run: a bare SELECT SUM over the year's shifts.
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "app/config_loader.h"
#include "app/reconciliation_service.h"
#include "bench.h"
#include "store/database.h"
#include "store/rates_store.h"

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
}

// Two shifts a working day from 2 January, 08:00–11:00 and 12:00–15:00; some
// partly outside the subsidisable window, so subsidisable minutes vary.
void generate_shifts(soci::session& sql) {
    std::vector<std::string> days;
    for (date::sys_days d{date::year{2024} / 1 / 2}; days.size() < kShiftsPerFamily / 2; d += date::days{1})
        if (date::weekday{d} != date::Saturday && date::weekday{d} != date::Sunday) days.push_back(iso(Date{d}));
    std::vector<long long> family;
    std::vector<int> subsidisable;
    std::vector<std::string> work_date, start;
    for (long long f = 1; f <= kFamilies; ++f) {
        for (std::size_t i = 0; i < kShiftsPerFamily; ++i) {
            family.push_back(f);
            work_date.push_back(days[i / 2]);
            start.push_back(i % 2 ? "12:00" : "08:00");
            subsidisable.push_back(static_cast<int>((f + i) % 5 == 0 ? 120 : 180));
        }
        if (f % 100 != 0) continue;
        sql << "INSERT INTO shifts (helper_id, family_id, work_date, start_time, end_time, start_utc, end_utc,"
               " minutes, subsidisable_minutes) VALUES (:helper, :family, :day, :start, '15:00', :day2, :day3, 180,"
               " :subsidisable)",
            soci::use(family), soci::use(family), soci::use(work_date), soci::use(start), soci::use(work_date),
            soci::use(work_date), soci::use(subsidisable);
        family.clear();
        subsidisable.clear();
        work_date.clear();
        start.clear();
    }
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

void bench_reconcile() {
    auto folder = std::filesystem::temp_directory_path() / ("hjt_bench_reconcile_" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    {
        store::Database db((folder / "bench.db").string());
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
                [&](soci::session& sql) {
                    computed = app::compute_reconciliations(sql, 2024, std::nullopt, today).size();
                },
                store::Database::Mode::read);
        });
        app::ReconcileReport report;
        auto drafting = bench::timed([&] {
            db.in_transaction([&](soci::session& sql) {
                report = app::reconcile_year(sql, "bench", 2024, std::nullopt, false, today);
            });
        });
        Money balance;
        for (const auto& r : report.reconciliations) balance += r.figures.balance;

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
    }
    std::filesystem::remove_all(folder);
}

} // namespace

static hjt::bench::Register r("annual reconciliation, 5,000 families, 2.5M shifts", bench_reconcile);
