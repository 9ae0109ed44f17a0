#include "store_invariants.h"

#include <catch2/catch.hpp>

#include "store/audit_log.h"
#include "store/payout_store.h"

namespace hjt::test {

namespace {

long long count_where(soci::session& sql, const std::string& query, Id run_id) {
    long long n = 0;
    sql << query, soci::into(n), soci::use(run_id);
    return n;
}

void check_run(soci::session& sql, const PayoutRunHeader& header) {
    const std::string month = iso(header.month);
    INFO("payout run " << month << " (" << to_string(header.status) << ")");
    const PayoutRun run = store::load_payout_run(sql, header.month);
    // Held-back lines are in the run's total but owed, not posted.
    Money sum, paid;
    long long non_zero = 0;
    for (const auto& line : run.lines) {
        sum += line.amount;
        if (!line.held_back.empty()) continue;
        paid += line.amount;
        if (line.amount.ore() != 0) ++non_zero;
    }
    CHECK(static_cast<long long>(run.lines.size()) == header.line_count);
    CHECK(sum.ore() == header.total.ore());
    CHECK(store::content_hash(run) == header.content_hash);

    long long postings = count_where(sql, "SELECT COUNT(*) FROM ledger_postings WHERE run_id = :r", header.id);
    long long posted_ore = count_where(sql, "SELECT COALESCE(SUM(amount_ore), 0) FROM ledger_postings WHERE run_id = :r",
                                       header.id);
    long long approvals = 0;
    sql << "SELECT COUNT(*) FROM audit_log WHERE entity = 'payout_run' AND entity_id = :m AND action = 'approve'",
        soci::into(approvals), soci::use(month);
    if (header.status == RunStatus::draft) {
        CHECK(postings == 0);
        CHECK(approvals == 0);
    } else {
        CHECK(postings == non_zero);
        CHECK(posted_ore == paid.ore());
        CHECK(approvals == 1);
    }
}

} // namespace

RowCounts row_counts(soci::session& sql) {
    std::vector<std::string> tables(100);
    sql << "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        soci::into(tables);
    RowCounts counts;
    for (const auto& table : tables) sql << "SELECT COUNT(*) FROM " + table, soci::into(counts[table]);
    return counts;
}

void check_store_is_sound(store::Database& db) {
    soci::session& sql = db.session();
    std::string integrity;
    sql << "PRAGMA integrity_check", soci::into(integrity);
    CHECK(integrity == "ok");
    auto chain = store::verify_audit_chain(sql);
    INFO("audit chain: " << chain.reason);
    CHECK(chain.ok);
    for (const auto& run : store::list_payout_runs(sql)) check_run(sql, run);
}

} // namespace hjt::test
