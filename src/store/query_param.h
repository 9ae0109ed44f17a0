// One parameter of a query, bound in order: a value, or a parameter object
// that binds itself (store::FamilyParam, store/family_scope.h, binds a page's
// first and last family only when the scope is not every family). Shared by
// rows::each_row and RowSeals, so a scope is bound one way everywhere.
#pragma once

#include <soci/soci.h>

namespace hjt::store {

template <class Param>
void use_param(soci::statement& st, const Param& param) {
    if constexpr (requires { param.bind(st); }) param.bind(st);
    else st.exchange(soci::use(param));
}

} // namespace hjt::store
