#include "store/audit_log.h"

#include "store/batch_insert.h"
#include "store/clock.h"
#include "store/sha256.h"
#include "store/sql_dialect.h"

namespace hjt::store {

namespace {

// The hash before the first entry.
const std::string kGenesisHash(64, '0');

struct AuditEntry {
    Id id = 0;
    std::string at, actor, action, entity, entity_id, before, after, prev_hash, hash;
};

// The canonical form of an entry: each field as "<byte length>:<bytes>;" in
// the fixed order id, at, actor, action, entity, entity_id, before, after.
// Length prefixes make it unambiguous: no choice of field contents can make
// two different entries produce the same text.
std::string canonical(const AuditEntry& e) {
    std::string out;
    for (const std::string& field :
         {std::to_string(e.id), e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after})
        out += std::to_string(field.size()) + ":" + field + ";";
    return out;
}

// hash = SHA-256(previous hash (64 hex characters) + canonical entry), as hex.
std::string entry_hash(const AuditEntry& e) { return sha256_hex(e.prev_hash + canonical(e)); }

// An entry as bound for insert_rows, in audit_log's column order.
struct AuditRow {
    static constexpr std::size_t columns = 10;
    AuditEntry entry;
    void bind(soci::statement& st) {
        st.exchange(soci::use(entry.id));
        for (auto* v : {&entry.at, &entry.actor, &entry.action, &entry.entity, &entry.entity_id, &entry.before,
                        &entry.after, &entry.prev_hash, &entry.hash})
            st.exchange(soci::use(*v));
    }
};

} // namespace

Id append_audit(soci::session& sql, const AuditChange& change) { return append_audits(sql, {change}).front(); }

std::vector<Id> append_audits(soci::session& sql, const std::vector<AuditChange>& changes) {
    Id last_id = 0;
    std::string last_hash;
    soci::indicator ind = soci::i_null;
    lock_audit_chain(sql);
    sql << "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(last_id), soci::into(last_hash, ind);
    // The id is part of the hashed entry, so it is chosen here rather than by
    // the database; two writers racing for the same id fail on the primary key
    // instead of forking the chain.
    Id id = ind == soci::i_ok ? last_id : 0;
    std::string prev_hash = ind == soci::i_ok ? last_hash : kGenesisHash;
    std::vector<AuditEntry> entries;
    for (const AuditChange& change : changes) {
        AuditEntry e{++id, utc_now(), change.actor, change.action, change.entity, change.entity_id,
                     change.before_json, change.after_json, prev_hash, ""};
        e.hash = entry_hash(e);
        prev_hash = e.hash;
        entries.push_back(std::move(e));
    }
    insert_rows<AuditRow>(sql,
                          "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json,"
                          " prev_hash, hash)",
                          entries.size(), [&](std::size_t i, AuditRow& row) { row.entry = entries[i]; });
    std::vector<Id> ids;
    for (const auto& e : entries) ids.push_back(e.id);
    return ids;
}

AuditVerification verify_audit_chain(soci::session& sql) {
    AuditVerification result;
    AuditEntry e;
    soci::statement st = (sql.prepare << "SELECT id, at, actor, action, entity, entity_id, before_json, after_json,"
                                         " prev_hash, hash FROM audit_log ORDER BY id",
                          soci::into(e.id), soci::into(e.at), soci::into(e.actor), soci::into(e.action),
                          soci::into(e.entity), soci::into(e.entity_id), soci::into(e.before), soci::into(e.after),
                          soci::into(e.prev_hash), soci::into(e.hash));
    st.execute();
    std::string expected_prev = kGenesisHash;
    std::optional<Id> previous_id;
    while (st.fetch()) {
        ++result.entries;
        if (!result.ok) continue;  // keep counting: the report gives the total
        if (e.prev_hash != expected_prev) {
            result.ok = false;
            result.first_broken = e.id;
            result.reason = previous_id ? "prev_hash does not match the hash of entry " + std::to_string(*previous_id) +
                                              " (an entry before it was changed or deleted)"
                                        : "prev_hash of the first entry is not the genesis hash (entries before it "
                                          "were deleted?)";
        } else if (entry_hash(e) != e.hash) {
            result.ok = false;
            result.first_broken = e.id;
            result.reason = "hash does not match the entry's content (the entry was changed)";
        }
        expected_prev = e.hash;
        previous_id = e.id;
    }
    return result;
}

} // namespace hjt::store
