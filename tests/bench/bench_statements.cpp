// Writing 5,000 annual statements (the goal: under 60 s on a 2-core machine).
// The statements are generated on the fly, as the store would hand them over
// (one or two children, twelve months, three helpers, about 40 excluded parts
// of shifts, a few expenses), and each file is removed once written, so the
// disk holds one at a time. Baseline in the same run: a bare libxlsxwriter
// write of the same cells (no formats, formulas or chart).
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>

#include "app/seeded_random.h"
#include "bench.h"
#include "reports/annual_statement_sheet.h"

namespace {

using namespace hjt;
using reports::AnnualStatement;

constexpr int kStatements = 5000;

ChildReconciliation child_figures(app::SeededRandom& random, Id family, Id child) {
    ChildReconciliation r;
    r.family_id = family;
    r.child_id = child;
    r.child_name = "Barn " + std::to_string(child);
    r.year = 2024;
    for (unsigned m = 1; m <= 12; ++m) {
        ReconciliationMonthResult month;
        month.month = date::year{2024} / date::month{m};
        month.approved_hours = Hours::hundredths(8667);
        month.used_hours = Hours::hundredths(random.between(6000, 9000));
        month.hourly_cost = Money::ore(15788);
        month.approved_cost = Money::ore(1368250);
        month.used_cost = Money::ore(month.used_hours.hundredths() * 15788 / 100);
        month.eligible_cost = std::min(month.used_cost, month.approved_cost);
        r.months.push_back(month);
        r.approved_hours += month.approved_hours;
        r.used_hours += month.used_hours;
        r.approved_cost += month.approved_cost;
        r.used_cost += month.used_cost;
    }
    r.eligible_helper = std::min(r.used_cost, r.approved_cost);
    r.eligible_expenses = Money::kroner(random.between(0, 5000));
    r.eligible_before_cap = r.eligible = r.eligible_helper + r.eligible_expenses;
    r.year_cap = Money::kroner(706600);
    r.received[LineKind::helper] = r.approved_cost;
    r.received[LineKind::expense] = r.eligible_expenses;
    r.balance = r.received.total() - r.eligible;
    r.outcome = r.balance > Money() ? ReconciliationOutcome::repayment_claim : ReconciliationOutcome::zero;
    return r;
}

AnnualStatement generated_statement(app::SeededRandom& random, Id family) {
    AnnualStatement s;
    s.family_id = family;
    s.family_name = "Familie " + std::to_string(family);
    s.family_cvr = "12345674";
    s.year = 2024;
    const int children = random.between(1, 4) == 1 ? 2 : 1;
    for (int c = 0; c < children; ++c)
        s.children.push_back({"010118-XXXX", reports::StatementStatus::final, child_figures(random, family, family * 2 + c),
                              "2025-01-05T09:00:00Z", ""});
    for (int h = 0; h < 3; ++h)
        s.helpers.push_back({"Hjælper " + std::to_string(h), "020290-XXXX", Hours::whole(400), Hours::whole(380)});
    for (int e = 0, n = random.between(20, 60); e < n; ++e)
        s.exclusions.push_back({date::year{2024} / date::month{static_cast<unsigned>(e % 12 + 1)} / 10, "Hjælper 1",
                                "14:00–18:00", "efter 16:00 (tidsrum 07:00–16:00)", Hours::whole(2)});
    for (int e = 0, n = random.between(0, 6); e < n; ++e)
        s.expenses.push_back({date::year{2024} / 3 / 10, "Barn", "træningsredskaber", "BILAG-" + std::to_string(e),
                              Money::kroner(500), "Godkendt", "", Money::kroner(500)});
    return s;
}

// The same cells as the statement, as plain strings and numbers on the same sheets.
void bare_write(const std::string& path, const AnnualStatement& s) {
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* summary = workbook_add_worksheet(book, "Oversigt");
    lxw_row_t row = 0;
    for (const auto& c : s.children) {
        const ChildReconciliation& r = c.figures;
        for (Money m : {r.eligible_helper, r.eligible_expenses, r.eligible_fixed, r.eligible_before_cap, r.year_cap,
                        r.eligible, r.received[LineKind::helper], r.received[LineKind::fixed],
                        r.received[LineKind::expense], r.received[LineKind::adjustment], r.received.total(),
                        r.balance}) {
            worksheet_write_string(summary, row, 0, "label", nullptr);
            worksheet_write_number(summary, row++, 1, static_cast<double>(m.ore()) / 100, nullptr);
        }
        lxw_worksheet* months = workbook_add_worksheet(book, nullptr);
        lxw_row_t m_row = 0;
        for (const auto& m : r.months) {
            worksheet_write_string(months, m_row, 0, "måned", nullptr);
            for (lxw_col_t col = 1; col <= 5; ++col)
                worksheet_write_number(months, m_row, col, static_cast<double>(m.used_cost.ore()) / 100, nullptr);
            ++m_row;
        }
    }
    lxw_worksheet* helpers = workbook_add_worksheet(book, "Hjælpere");
    for (lxw_row_t i = 0; i < s.helpers.size(); ++i) {
        worksheet_write_string(helpers, i, 0, s.helpers[i].name.c_str(), nullptr);
        worksheet_write_string(helpers, i, 1, s.helpers[i].cpr_masked.c_str(), nullptr);
        for (lxw_col_t col = 2; col <= 4; ++col) worksheet_write_number(helpers, i, col, 400, nullptr);
    }
    lxw_worksheet* excluded = workbook_add_worksheet(book, "Timer uden tilskud");
    for (lxw_row_t i = 0; i < s.exclusions.size(); ++i) {
        const auto& e = s.exclusions[i];
        for (lxw_col_t col = 0; col <= 3; ++col)
            worksheet_write_string(excluded, i, col, col == 3 ? e.reason.c_str() : e.helper_name.c_str(), nullptr);
        worksheet_write_number(excluded, i, 4, 2, nullptr);
    }
    lxw_worksheet* expenses = workbook_add_worksheet(book, "Udlæg");
    for (lxw_row_t i = 0; i < s.expenses.size(); ++i) {
        const auto& e = s.expenses[i];
        for (lxw_col_t col = 0; col <= 6; ++col) worksheet_write_string(expenses, i, col, e.category.c_str(), nullptr);
        worksheet_write_number(expenses, i, 7, 500, nullptr);
    }
    workbook_close(book);
}

void bench_statements() {
    const auto dir = std::filesystem::temp_directory_path() / ("hjt_bench_statements_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "statement.xlsx").string();
    std::vector<AnnualStatement> statements;
    app::SeededRandom random(2024);
    const double generating = bench::seconds([&] {
        for (int i = 1; i <= kStatements; ++i) statements.push_back(generated_statement(random, i));
    });
    const auto writing = bench::timed([&] {
        for (const auto& s : statements) {
            reports::write_annual_statement(path, s);
            std::filesystem::remove(path);
        }
    });
    const auto bare = bench::timed([&] {
        for (const auto& s : statements) {
            bare_write(path, s);
            std::filesystem::remove(path);
        }
    });
    std::filesystem::remove_all(dir);
    std::printf("generated %d statements in %.3f s\n", kStatements, generating);
    std::printf("write %d statements: %.3f s wall (goal < 60 s), %.3f s cpu; %.2f ms a statement\n", kStatements,
                writing.wall, writing.cpu, writing.wall * 1000 / kStatements);
    std::printf("bare libxlsxwriter write of the same cells: %.3f s wall, %.3f s cpu\n", bare.wall, bare.cpu);
    std::printf("ratio statements / bare write: %.2f (wall), %.2f (cpu)\n", writing.wall / bare.wall,
                writing.cpu / bare.cpu);
}

} // namespace

static hjt::bench::Register r("annual statements, 5,000 families", bench_statements);
