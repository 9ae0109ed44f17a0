// Queries over one family or all: the condition is added only when a family is
// asked for, and its :family is bound after the query's other parameters.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "domain/entities.h"
#include "store/sql_dialect.h"

namespace hjt::store {

// " AND <condition>" when one family is asked for (the condition names :family), else "".
inline std::string for_family(const std::optional<Id>& family_id, const std::string& condition) {
    return family_id ? " AND " + condition : "";
}

// The condition for a query over grants g: the grants of the family's children.
inline constexpr const char* kGrantOfFamily = "g.child_id IN (SELECT id FROM children WHERE family_id = :family)";

// The :family of a for_family condition as a parameter of rows::each_row:
// bound (last) only when one family is asked for. It refers to the caller's
// optional, as SOCI binds by reference until the statement has run.
struct FamilyParam {
    const std::optional<Id>& family_id;
    void bind(soci::statement& st) const {
        if (family_id) st.exchange(soci::use(*family_id));
    }
};

// A statement over `query` whose elements `bind` adds (into first, then use),
// with :family bound last when one family is asked for.
template <typename Bind>
soci::statement prepared(soci::session& sql, const std::string& query, const std::optional<Id>& family_id, Bind bind) {
    soci::statement st(sql);
    bind(st);
    FamilyParam{family_id}.bind(st);
    st.alloc();
    prepare_once(st, query);
    st.define_and_bind();
    return st;
}

// Executes `st`, calling `row` per fetched row.
template <typename Row>
void fetch_all(soci::statement& st, Row row) {
    st.execute();
    while (st.fetch()) row();
}

} // namespace hjt::store
