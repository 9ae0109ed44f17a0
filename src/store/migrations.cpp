#include "store/migrations.h"

#include <algorithm>
#include <chrono>
#include <set>

#include <date/date.h>

#include "store/database.h"
#include "store/schema.h"
#include "store/sql_dialect.h"

namespace hjt::store {

const std::vector<Migration>& all_migrations() {
    static const std::vector<Migration> migrations = {
        {1, "register, payouts, ledger, shifts, users and audit", schema_v1()},
        {3, "payees frozen in the run, held-back lines, catch-up months", schema_v3()},
        {4, "the books inside the audit chain", schema_v4()},
        {5, "expense four eyes and budget reasons, award purposes from a list", schema_v5()},
        {6, "lost earnings: the parent's own hours, holiday periods, saved costs off the net", schema_v6()},
        {7, "payroll: shift kinds, grant windows, payroll policy", schema_v7()},
        {8, "accounts under verification until another finance user confirms them", schema_v8()},
        {9, "received amounts of reconciliations as rows per line kind", schema_v9()},
        {11, "indexes for the lookups by parent id and for shifts by start", schema_v11()},
        {12, "idle sessions end, users can be disabled, failed logins are throttled", schema_v12()},
        {13, "personal data: the log of full CPR numbers shown, anonymised families", schema_v13()},
        {14, "eIndkomst: the reports sent and the figures they carried", schema_v14()},
        {15, "shift times as minutes since the epoch, indexed by helper", schema_v15()},
        {16, "repayment claims, their events, payments received from camt.054 files", schema_v16()},
        {17, "the municipal policy as dated changes with their reasons", schema_v17()},
        {18, "helpers' tax cards with history: hovedkort, bikort, frikort", schema_v18()},
        {20, "the receipt uploaded with an expense (PDF, JPEG, PNG)", schema_v20()},
        {24, "the statement's exact yearly approved hours and hourly costs", schema_v24()},
        {25, "shifts read by their helpers: no index by family", schema_v25()},
    };
    return migrations;
}

namespace {

// The versions applied so far. A database may lack a version lower than its
// highest (a migration landed after a later one had been applied), so each
// version is looked up by itself rather than compared with the highest.
std::set<int> applied_versions(soci::session& sql) {
    std::set<int> applied;
    int version = 0;
    soci::statement st = (sql.prepare << "SELECT version FROM schema_migrations", soci::into(version));
    st.execute();
    while (st.fetch()) applied.insert(version);
    return applied;
}

bool up_to_date(soci::session& sql, int target) {
    auto tables = table_names(sql);
    if (std::find(tables.begin(), tables.end(), "schema_migrations") == tables.end()) return false;
    const std::set<int> applied = applied_versions(sql);
    return std::all_of(all_migrations().begin(), all_migrations().end(),
                       [&](const Migration& m) { return m.version > target || applied.count(m.version) > 0; });
}

} // namespace

int migrate(soci::session& sql, std::optional<int> through) {
    const int target = through.value_or(all_migrations().back().version);
    // Opening an up-to-date database takes no lock, so it never waits for a writer.
    if (up_to_date(sql, target)) return 0;
    // Else one transaction under the write lock: two processes starting at
    // once on a new database migrate it once, the second finding it done.
    Backend backend = backend_of(sql);
    int applied = 0;
    run_in_transaction(
        sql,
        [&](soci::session&) {
            sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
                   " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            const std::set<int> done = applied_versions(sql);
            for (const auto& m : all_migrations()) {
                if (done.count(m.version) > 0 || m.version > target) continue;
                for (const auto& statement : m.statements) sql << schema_statement(backend, statement);
                std::string now =
                    date::format("%FT%TZ", date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
                sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
                    soci::use(m.version), soci::use(m.name), soci::use(now);
                ++applied;
            }
        },
        Database::Mode::write);
    return applied;
}

} // namespace hjt::store
