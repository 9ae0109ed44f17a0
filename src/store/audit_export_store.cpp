#include "store/audit_export_store.h"

namespace hjt::store {

std::vector<StoredAuditEntry> audit_entries_touching_year(soci::session& sql, int year, Id after_id, int limit) {
    // Timestamps are fixed-width UTC text ("2026-03-01T09:15:00Z"): they sort like the instants.
    const std::string from = std::to_string(year) + "-01-01", until = std::to_string(year + 1) + "-01-01";
    const std::string prefix = std::to_string(year) + "%";
    StoredAuditEntry e;
    soci::statement st = (sql.prepare << "SELECT id, at, actor, action, entity, entity_id, before_json, after_json,"
                                         " prev_hash, hash FROM audit_log WHERE id > :after AND ((at >= :from AND"
                                         " at < :until) OR entity_id LIKE :prefix OR entity IN ('shift', 'expense'))"
                                         " ORDER BY id LIMIT :limit",
                          soci::into(e.id), soci::into(e.at), soci::into(e.actor), soci::into(e.action),
                          soci::into(e.entity), soci::into(e.entity_id), soci::into(e.before_json),
                          soci::into(e.after_json), soci::into(e.prev_hash), soci::into(e.hash), soci::use(after_id),
                          soci::use(from), soci::use(until), soci::use(prefix), soci::use(limit));
    st.execute();
    std::vector<StoredAuditEntry> entries;
    while (st.fetch()) entries.push_back(e);
    return entries;
}

} // namespace hjt::store
