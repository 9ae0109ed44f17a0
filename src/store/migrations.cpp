#include "store/migrations.h"

#include <chrono>

#include <date/date.h>

#include "store/schema.h"

namespace hjt::store {

const std::vector<Migration>& all_migrations() {
    static const std::vector<Migration> migrations = {
        {1, "register, payouts, ledger, shifts, users and audit", schema_v1()},
    };
    return migrations;
}

int migrate(soci::session& sql) {
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
           " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
    int current = 0;
    soci::indicator ind;
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(current, ind);
    if (ind != soci::i_ok) current = 0;

    int applied = 0;
    for (const auto& m : all_migrations()) {
        if (m.version <= current) continue;
        soci::transaction tx(sql);
        for (const auto& statement : m.statements) sql << statement;
        std::string now = date::format("%FT%TZ", date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
            soci::use(m.version), soci::use(m.name), soci::use(now);
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace hjt::store
