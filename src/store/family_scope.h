// Queries over one family, a page of families or all (store/family_range.h):
// the condition is added only when the scope is not every family, and its
// :first_family and :last_family are bound after the query's other parameters.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "domain/entities.h"
#include "store/family_range.h"
#include "store/sql_dialect.h"

namespace hjt::store {

// " AND <column> BETWEEN :first_family AND :last_family", or "" for every family.
inline std::string for_family(const FamilyScope& scope, const std::string& column) {
    return scope.every_family() ? "" : " AND " + column + " BETWEEN :first_family AND :last_family";
}

// The same for a query over grants g: the grants of the scope's children.
inline std::string for_grant_family(const FamilyScope& scope) {
    return scope.every_family() ? ""
                                : " AND g.child_id IN (SELECT id FROM children"
                                  " WHERE family_id BETWEEN :first_family AND :last_family)";
}

// The :first_family and :last_family of a for_family condition as a parameter
// of rows::each_row: bound (last) only when the scope is not every family. It
// refers to the caller's scope, as SOCI binds by reference until the statement
// has run: a scope made for the call (from an optional id) must outlive it.
struct FamilyParam {
    const FamilyScope& scope;
    void bind(soci::statement& st) const {
        if (scope.every_family()) return;
        st.exchange(soci::use(*scope.first));
        st.exchange(soci::use(*scope.last));
    }
};

// A statement over `query` whose elements `bind` adds (into first, then use),
// with the scope's families bound last. The statement runs after this returns,
// so the scope must be the caller's own, never one made for the call.
template <typename Bind>
soci::statement prepared(soci::session& sql, const std::string& query, const FamilyScope& scope, Bind bind) {
    soci::statement st(sql);
    bind(st);
    FamilyParam{scope}.bind(st);
    st.alloc();
    prepare_once(st, query);
    st.define_and_bind();
    return st;
}
template <typename Bind>
soci::statement prepared(soci::session& sql, const std::string& query, FamilyScope&& scope, Bind bind) = delete;

// Executes `st`, calling `row` per fetched row.
template <typename Row>
void fetch_all(soci::statement& st, Row row) {
    st.execute();
    while (st.fetch()) row();
}

} // namespace hjt::store
