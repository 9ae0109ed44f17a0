#include "store/cpr_views.h"

namespace hjt::store {

void insert_cpr_view(soci::session& sql, const CprViewRow& row) {
    sql << "INSERT INTO cpr_views (viewed_at, viewer, viewer_role, entity, entity_id, family_id, channel)"
           " VALUES (:at, :viewer, :role, :entity, :entity_id, :family_id, :channel)",
        soci::use(row.viewed_at), soci::use(row.viewer), soci::use(row.viewer_role), soci::use(row.entity),
        soci::use(row.entity_id), soci::use(row.family_id), soci::use(row.channel);
}

std::vector<CprViewRow> list_cpr_views(soci::session& sql, std::optional<Id> family, long long limit) {
    CprViewRow row;
    const Id wanted = family.value_or(0);
    const int all = family ? 0 : 1;
    soci::statement st = (sql.prepare << "SELECT id, viewed_at, viewer, viewer_role, entity, entity_id, family_id,"
                                         " channel FROM cpr_views WHERE (:all = 1 OR family_id = :family)"
                                         " ORDER BY id DESC LIMIT :limit",
                          soci::into(row.id), soci::into(row.viewed_at), soci::into(row.viewer),
                          soci::into(row.viewer_role), soci::into(row.entity), soci::into(row.entity_id),
                          soci::into(row.family_id), soci::into(row.channel), soci::use(all), soci::use(wanted),
                          soci::use(limit));
    st.execute();
    std::vector<CprViewRow> rows;
    while (st.fetch()) rows.push_back(row);
    return rows;
}

} // namespace hjt::store
