// The named role sets of the route tables (domain.md §11). Every route names
// one of these (or an inline Roles{...} for a rule used once), so the access
// matrix is read off the *_routes.cpp tables, and tests/api/access_test.cpp
// pins every endpoint x role x own/other family to its exact status.
//
//   role        register (families, children, grants, lost earnings)  helpers, expenses     expense decision
//   caseworker  read, write                                           read, write           yes
//   admin       read, write                                           read, write           no (separation of duties)
//   finance     read                                                  read                  yes
//   auditor     read                                                  read                  no (auditors never write)
//   family      read own family only                                  read, write own       no
#pragma once

#include "app/entity_json.h"
#include "http/router.h"

namespace hjt::http::access {

using app::Role;

inline constexpr Roles everyone{Role::finance, Role::caseworker, Role::family, Role::auditor, Role::admin};
// Municipal staff: everyone but family users (runs, reports across families).
inline constexpr Roles staff{Role::finance, Role::caseworker, Role::auditor, Role::admin};
// Families, children, grants and their versions, lost-earnings awards.
inline constexpr Roles register_writers{Role::caseworker, Role::admin};
// Helpers and expenses: the family (its own, by scope) and the caseworker.
inline constexpr Roles family_editors{Role::caseworker, Role::admin, Role::family};
// Approving or rejecting a submitted expense.
inline constexpr Roles expense_deciders{Role::caseworker, Role::finance};

// Full CPR numbers only in the record view of one child, helper or award, and
// only for those who work with the person: caseworker, admin and the family
// itself (its own child, its own employees). Finance and auditors see them
// masked, as do all lists.
inline app::CprView cpr_view(const app::User& user) {
    bool works_with_person = user.role == Role::caseworker || user.role == Role::admin || user.role == Role::family;
    return works_with_person ? app::CprView::record : app::CprView::masked;
}

} // namespace hjt::http::access
