#include "store/schema.h"

namespace hjt::store {

// Version 13: personal data (issue 17, README "Persondata").
std::vector<std::string> schema_v13() {
    return {
        // Every display of a full CPR number: who saw whose, when, where
        // (store/cpr_views.h). The number itself is never stored here.
        "CREATE TABLE cpr_views ("
        " id INTEGER PRIMARY KEY, viewed_at TEXT NOT NULL, viewer TEXT NOT NULL, viewer_role TEXT NOT NULL,"
        " entity TEXT NOT NULL, entity_id INTEGER NOT NULL, family_id INTEGER NOT NULL, channel TEXT NOT NULL)",
        "CREATE INDEX cpr_views_family ON cpr_views(family_id, id)",
        // Families whose personal data `hjt retention` replaced (store/retention_store.h),
        // with the audit entry that records and seals it.
        "CREATE TABLE anonymised_families ("
        " family_id INTEGER NOT NULL PRIMARY KEY REFERENCES families(id), closed_year INTEGER NOT NULL,"
        " anonymised_at TEXT NOT NULL, anonymised_by TEXT NOT NULL, audit_id INTEGER NOT NULL)",
    };
}

} // namespace hjt::store
