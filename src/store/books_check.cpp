#include "store/books_check.h"

#include <algorithm>
#include <vector>

#include "store/row_seals.h"
#include "store/sql_dialect.h"

namespace hjt::store {
namespace {

// Each live row of a sealed table, as sealed_select reads it.
void each_row(soci::session& sql, const SealedTable& table, const std::function<void(const SealedRow&)>& visit) {
    SealedRow row(table);
    soci::statement st(sql);
    row.into(st);
    st.alloc();
    prepare_once(st, sealed_select(table));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) visit(row);
}

} // namespace

SealsByEntry read_seals(soci::session& sql) {
    SealsByEntry out;
    long long audit_id = 0;
    std::string table, key, hash;
    soci::statement st = (sql.prepare << "SELECT audit_id, table_name, row_key, row_hash FROM audit_rows"
                                         " ORDER BY audit_id, seq",
                          soci::into(audit_id), soci::into(table), soci::into(key), soci::into(hash));
    st.execute();
    // Each entry's seals in order, digested as seals_digest does when the entry is written.
    std::vector<RowSeal> entry_seals;
    long long current = -1;
    auto digest_current = [&] {
        if (current >= 0) out.digests[current] = seals_digest(entry_seals);
        entry_seals.clear();
    };
    while (st.fetch()) {
        if (audit_id != current) {
            digest_current();
            current = audit_id;
        }
        entry_seals.push_back({table, key, hash});
        out.rows[table][key] = {hash, audit_id};
    }
    digest_current();
    return out;
}

RowSeals unlisted_rows(soci::session& sql) {
    SealsByEntry seals = read_seals(sql);
    RowSeals unlisted;
    for (const SealedTable* table : sealed::all()) {
        const auto& listed = seals.rows[table->name];
        each_row(sql, *table, [&](const SealedRow& row) {
            if (!listed.count(row.key)) unlisted.seal_row(*table, row);
        });
    }
    return unlisted;
}

long long check_books(soci::session& sql, SealsByEntry& seals, const std::function<std::string(Id)>& entry,
                      const std::function<void(std::string)>& finding) {
    long long checked = 0;
    for (const SealedTable* table : sealed::all()) {
        auto& expected = seals.rows[table->name];
        const std::string what = std::string(table->name) + " række ";
        each_row(sql, *table, [&](const SealedRow& row) {
            ++checked;
            auto found = expected.find(row.key);
            if (found == expected.end()) {
                finding(what + row.key + " er indsat uden om programmet (ingen post i revisionssporet skrev den)");
                return;
            }
            if (found->second.hash.empty())
                finding(what + row.key + " blev slettet af " + entry(found->second.audit_id) +
                        ", men er der igen (indsat uden om programmet)");
            else if (found->second.hash != row_hash(*table, row))
                finding(what + row.key + " er ændret uden om programmet (skrevet af " +
                        entry(found->second.audit_id) + ")");
            expected.erase(found);
        });
        // Sealed rows not seen: gone. Named in key order, so a report reads the same each time.
        std::vector<std::pair<std::string, Id>> gone;
        for (const auto& [key, e] : expected)
            if (!e.hash.empty()) gone.emplace_back(key, e.audit_id);
        std::sort(gone.begin(), gone.end());
        for (const auto& [key, audit_id] : gone)
            finding(what + key + " er slettet uden om programmet (skrevet af " + entry(audit_id) + ")");
    }
    return checked;
}

} // namespace hjt::store
