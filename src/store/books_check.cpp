#include "store/books_check.h"

#include "domain/invariant.h"
#include "store/row_cursor.h"
#include "store/row_seals.h"
#include "store/sql_dialect.h"

namespace hjt::store {
namespace {

// Keys come in byte order from both reads; a merge of reads in any other
// order would report rows as gone and inserted, so it stops instead.
void require_ascending(const std::string& previous, const std::string& key) {
    check_invariant(previous.empty() || !(key < previous), "audit verify reads a table's rows and seals in key order");
}

// The live rows of a sealed table in key order, as sealed_select reads them.
class LiveRows {
public:
    LiveRows(soci::session& sql, const SealedTable& table)
        : row_(table),
          rows_(sql, sealed_select(table) + " ORDER BY " + in_byte_order(sql, table.key),
                [&](soci::statement& st) { row_.into(st); }) {
        next();
    }
    bool has() const { return has_; }
    const SealedRow& row() const { return row_; }
    void next() {
        previous_ = row_.key;
        has_ = rows_.fetch();
        if (has_) require_ascending(previous_, row_.key);
    }

private:
    SealedRow row_;
    RowCursor rows_;
    std::string previous_;
    bool has_ = false;
};

// What a row must be now: its latest seal ("" hash: released) and the entry that wrote it.
struct LatestSeal {
    std::string key, hash;
    Id audit_id = 0;
};

// A table's latest seals in key order, one a row: its audit_rows read by
// (row_key, audit_id, seq), the last of each key's run kept. The table's
// name is one of sealed::all()'s constants, written into the query as
// sealed_select writes it (a cursor's query has no parameters).
class LatestSeals {
public:
    LatestSeals(soci::session& sql, const SealedTable& table)
        : seals_(sql,
                 "SELECT row_key, row_hash, audit_id FROM audit_rows WHERE table_name = '" + std::string(table.name) +
                     "' ORDER BY " + in_byte_order(sql, "row_key") + ", audit_id, seq",
                 [&](soci::statement& st) {
                     st.exchange(soci::into(key_));
                     st.exchange(soci::into(hash_));
                     st.exchange(soci::into(audit_id_));
                 }) {
        pending_ = seals_.fetch();
    }
    bool next(LatestSeal& out) {
        if (!pending_) return false;
        require_ascending(out.key, key_);
        out.key = key_;
        do {
            out.hash = hash_;
            out.audit_id = audit_id_;
            pending_ = seals_.fetch();
        } while (pending_ && key_ == out.key);
        return true;
    }

private:
    std::string key_, hash_;
    long long audit_id_ = 0;
    RowCursor seals_;
    bool pending_ = false;
};

// Each row of `table`, live or sealed, in key order: the live row (nullptr:
// gone) and its latest seal (nullptr: no entry listed it).
void each_row_and_seal(soci::session& sql, const SealedTable& table,
                       const std::function<void(const SealedRow*, const LatestSeal*)>& visit) {
    LiveRows live(sql, table);
    LatestSeals seals(sql, table);
    LatestSeal seal;
    bool has_seal = seals.next(seal);
    while (live.has() || has_seal) {
        const int order = !live.has() ? 1 : !has_seal ? -1 : live.row().key.compare(seal.key);
        visit(order <= 0 ? &live.row() : nullptr, order >= 0 ? &seal : nullptr);
        if (order <= 0) live.next();
        if (order >= 0) has_seal = seals.next(seal);
    }
}

} // namespace

std::map<Id, std::string> read_seal_digests(soci::session& sql) {
    std::map<Id, std::string> digests;
    long long audit_id = 0;
    std::string table, key, hash;
    RowCursor rows(sql, "SELECT audit_id, table_name, row_key, row_hash FROM audit_rows ORDER BY audit_id, seq",
                   [&](soci::statement& st) {
                       st.exchange(soci::into(audit_id));
                       for (std::string* text : {&table, &key, &hash}) st.exchange(soci::into(*text));
                   });
    SealsDigest digest;
    long long current = -1;
    while (rows.fetch()) {
        if (audit_id != current) {
            if (current >= 0) digests[current] = digest.finish();
            current = audit_id;
        }
        digest.add(table, key, hash);
    }
    if (current >= 0) digests[current] = digest.finish();
    return digests;
}

RowSeals unlisted_rows(soci::session& sql) {
    RowSeals unlisted;
    for (const SealedTable* table : sealed::all())
        each_row_and_seal(sql, *table, [&](const SealedRow* live, const LatestSeal* seal) {
            if (live && !seal) unlisted.seal_row(*table, *live);
        });
    return unlisted;
}

long long check_books(soci::session& sql, const std::function<std::string(Id)>& entry,
                      const std::function<void(std::string)>& finding) {
    long long checked = 0;
    for (const SealedTable* table : sealed::all()) {
        const std::string what = std::string(table->name) + " række ";
        each_row_and_seal(sql, *table, [&](const SealedRow* live, const LatestSeal* seal) {
            if (live) ++checked;
            if (!seal)
                finding(what + live->key + " er indsat uden om programmet (ingen post i revisionssporet skrev den)");
            else if (!live && !seal->hash.empty())
                finding(what + seal->key + " er slettet uden om programmet (skrevet af " + entry(seal->audit_id) + ")");
            else if (live && seal->hash.empty())
                finding(what + live->key + " blev slettet af " + entry(seal->audit_id) +
                        ", men er der igen (indsat uden om programmet)");
            else if (live && seal->hash != row_hash(*table, *live))
                finding(what + live->key + " er ændret uden om programmet (skrevet af " + entry(seal->audit_id) + ")");
        });
    }
    return checked;
}

} // namespace hjt::store
