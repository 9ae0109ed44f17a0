// The monthly run at municipality scale: 10,000 generated families (about
// 12,500 children with grants, fixed amounts, expenses, retroactive versions),
// January approved, then February timed: prepare + approve + export (run
// sheet xlsx, CSV and pain.001). The goal is under 2 s on a 2-core machine.
// Baseline in the same run: a bare libxlsxwriter write of the same family rows.
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>

#include "app/payout_export.h"
#include "app/payout_service.h"
#include "bench.h"
#include "domain/payout_run.h"
#include "each_backend.h"
#include "store/database.h"
#include "store/payout_store.h"
#include "store/sql_dialect.h"
#include "test_actor.h"

namespace {

using namespace hjt;

constexpr int kFamilies = 10000;

const PayoutRates kRates{Money::kroner(706600), false, Rate::basis_points(1250), Money::kroner(6), {}};

Month month(unsigned m) { return Month{date::year{2024}, date::month{m}}; }

using bench::Timing;
using bench::timed;

// The register straight into the database through prepared statements in one
// transaction: the bench measures the run, not the register's validation.
void generate(store::Database& db) {
    db.in_transaction([](soci::session& sql) {
        long long id = 0, family_id = 0, child_id = 0, grant_id = 0, hours = 0, wage = 0, amount = 0;
        std::string name, cvr, account, birth, from;
        soci::statement family = (sql.prepare << "INSERT INTO families (id, name, cvr, bank_reg, bank_account)"
                                                 " VALUES (:id, :name, :cvr, '1234', :account)",
                                  soci::use(id), soci::use(name), soci::use(cvr), soci::use(account));
        soci::statement child = (sql.prepare << "INSERT INTO children (id, family_id, name, cpr, birth_date)"
                                                " VALUES (:id, :family, :name, '010101-0000', :birth)",
                                 soci::use(id), soci::use(family_id), soci::use(name), soci::use(birth));
        soci::statement grant = (sql.prepare << "INSERT INTO grants (id, child_id, decision_ref, decision_date,"
                                                " valid_from) VALUES (:id, :child, 'BEV', :d, :from)",
                                 soci::use(id), soci::use(child_id), soci::use(from), soci::use(from));
        soci::statement version =
            (sql.prepare << "INSERT INTO grant_versions (id, grant_id, effective_from, weekly_hours_h100,"
                            " hourly_wage_ore, created_at, created_by) VALUES (:id, :grant, :from, :hours, :wage,"
                            " '2023-01-01T00:00:00Z', 'bench')",
             soci::use(id), soci::use(grant_id), soci::use(from), soci::use(hours), soci::use(wage));
        soci::statement fixed = (sql.prepare << "INSERT INTO grant_fixed_lines (version_id, purpose, monthly_ore)"
                                                " VALUES (:version, 'Kørsel', :amount)",
                                 soci::use(id), soci::use(amount));
        soci::statement expense =
            (sql.prepare << "INSERT INTO expenses (family_id, child_id, expense_date, category, amount_ore,"
                            " document_ref, status) VALUES (:family, :child, '2024-01-20', 'redskaber', :amount,"
                            " 'bilag', 'approved')",
             soci::use(family_id), soci::use(child_id), soci::use(amount));

        long long next_child = 0;
        for (int f = 1; f <= kFamilies; ++f) {
            id = family_id = f;
            name = "Familie " + std::to_string(f);
            cvr = std::to_string(10000000 + f);
            account = std::to_string(1000000 + f);
            family.execute(true);
            for (int c = 0; c < (f % 4 == 0 ? 2 : 1); ++c) {
                id = child_id = grant_id = ++next_child;
                name = "Barn " + std::to_string(child_id);
                birth = child_id % 50 == 0 ? "2006-02-14" : "2014-05-0" + std::to_string(1 + child_id % 9);
                child.execute(true);
                from = child_id % 7 == 0 ? "2024-01-11" : "2023-01-01";
                grant.execute(true);
                hours = 1000 + (child_id % 25) * 100;
                wage = 12400 + (child_id % 16) * 100;
                version.execute(true);
                amount = 50000 + (child_id % 10) * 1000;
                if (child_id % 3 == 0) fixed.execute(true);
                amount = 25000 + child_id % 1000;
                if (child_id % 5 == 0) expense.execute(true);
            }
        }
        for (const char* table : {"families", "children", "grants", "grant_versions"})
            store::follow_explicit_ids(sql, table);
    });
}

// January's change of plans, made after January was approved: every 20th child
// gets a version from 10 January, so February carries adjustments for January.
void retroactive_versions(store::Database& db) {
    db.in_transaction([](soci::session& sql) {
        sql << "INSERT INTO grant_versions (grant_id, effective_from, weekly_hours_h100, hourly_wage_ore,"
               " created_at, created_by) SELECT id, '2024-01-10', 2500, 13500, '2024-02-01T00:00:00Z', 'bench'"
               " FROM grants WHERE id % 20 = 0 AND valid_from < '2024-01-10'";
    });
}

// The run sheet's first sheet, cell by cell, with nothing computed: what
// libxlsxwriter alone costs for the same rows.
void bare_xlsx(const std::string& path, const std::vector<FamilyRunTotals>& rows) {
    lxw_workbook_options options{LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Udbetaling");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto row = static_cast<lxw_row_t>(i + 1);
        worksheet_write_number(sheet, row, 0, static_cast<double>(rows[i].family_id), nullptr);
        worksheet_write_string(sheet, row, 1, "Familie", nullptr);
        worksheet_write_string(sheet, row, 2, "10000000", nullptr);
        worksheet_write_string(sheet, row, 3, "1234", nullptr);
        worksheet_write_string(sheet, row, 4, "1000000", nullptr);
        for (lxw_col_t k = 0; k < std::size(kAllLineKinds); ++k)
            worksheet_write_number(sheet, row, 5 + k, static_cast<double>(rows[i].by_kind[k].ore()) / 100, nullptr);
        worksheet_write_number(sheet, row, 9, static_cast<double>(rows[i].total.ore()) / 100, nullptr);
        worksheet_write_string(sheet, row, 10, "", nullptr);
    }
    workbook_close(book);
}

// One backend's run: the register generated into `db`, January approved,
// February timed. Returns the run total.
Timing run_on(store::Database& db, const std::filesystem::path& folder) {
    double generating = bench::seconds([&] { generate(db); });
    db.in_transaction([](soci::session& sql) { app::prepare_payout(sql, test::finance_actor("anna"), month(1), kRates); });
    db.in_transaction([](soci::session& sql) { app::approve_payout(sql, test::finance_actor("bent"), month(1)); });
    retroactive_versions(db);

    app::PrepareOutcome prepared;
    app::PayoutExport files;
    const reports::Debtor debtor{"Hjemby Kommune", "DK4515510001234567", ""};
    Timing prepare = timed([&] {
        db.in_transaction([&](soci::session& sql) { prepared = app::prepare_payout(sql, test::finance_actor("anna"), month(2), kRates); });
    });
    Timing approve = timed([&] {
        db.in_transaction([&](soci::session& sql) { app::approve_payout(sql, test::finance_actor("bent"), month(2)); });
    });
    Timing exporting = timed([&] {
        db.in_transaction([&](soci::session& sql) {
            files = app::export_payout(sql, test::finance_actor("anna"), month(2), (folder / "run.xlsx").string(),
                                       app::BankFileRequest{(folder / "bank").string(), debtor, first_day(month(2))});
        });
    });
    auto rows = family_totals(store::load_payout_run(db.session(), month(2)).lines);
    Timing bare = timed([&] { bare_xlsx((folder / "bare.xlsx").string(), rows); });

    Timing total{prepare.wall + approve.wall + exporting.wall, prepare.cpu + approve.cpu + exporting.cpu};
    std::printf("generated %d families in %.3f s\n", kFamilies, generating);
    std::printf("February: %lld lines, %zu transfers, total %lld øre\n", prepared.run.line_count, files.transfers,
                static_cast<long long>(prepared.run.total.ore()));
    std::printf("             wall s   cpu s\n");
    for (const auto& [name, t] : {std::pair<const char*, Timing>{"prepare", prepare}, {"approve", approve},
                                  {"export", exporting}, {"run total", total}, {"bare xlsx", bare}})
        std::printf("%-12s %7.3f %7.3f\n", name, t.wall, t.cpu);
    std::printf("prepare + approve + export (xlsx + csv + pain.001): %.3f s wall (goal < 2 s), %.3f s cpu\n",
                total.wall, total.cpu);
    std::printf("bare libxlsxwriter write of the same %zu family rows: %.3f s wall\n", rows.size(), bare.wall);
    std::printf("ratio export / bare write: %.1f; whole run / bare write: %.1f (wall)\n", exporting.wall / bare.wall,
                total.wall / bare.wall);
    return total;
}

// SQLite always; PostgreSQL too when HJT_BENCH_DATABASE names a server.
void bench_payout_run() { bench::on_each_backend("payout", "run total", run_on); }

hjt::bench::Register r("payout run, 10,000 families", bench_payout_run);

} // namespace
