#include "store/import_keys.h"

namespace hjt::store {

void insert_import_key(soci::session& sql, const std::string& entity, const std::string& key, Id id) {
    sql << "INSERT INTO import_keys (entity, external_key, entity_id) VALUES (:entity, :key, :id)",
        soci::use(entity), soci::use(key), soci::use(id);
}

std::optional<Id> find_import_key(soci::session& sql, const std::string& entity, const std::string& key) {
    Id id = 0;
    soci::indicator found = soci::i_null;
    sql << "SELECT entity_id FROM import_keys WHERE entity = :entity AND external_key = :key",
        soci::use(entity), soci::use(key), soci::into(id, found);
    if (!sql.got_data() || found != soci::i_ok) return std::nullopt;
    return id;
}

std::map<std::string, Id> import_keys_of(soci::session& sql, const std::string& entity) {
    std::map<std::string, Id> out;
    std::string key;
    Id id = 0;
    soci::statement st = (sql.prepare << "SELECT external_key, entity_id FROM import_keys WHERE entity = :entity",
                          soci::use(entity), soci::into(key), soci::into(id));
    if (!st.execute(true)) return out;
    do out.emplace(key, id);
    while (st.fetch());
    return out;
}

} // namespace hjt::store
