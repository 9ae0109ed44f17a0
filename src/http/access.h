// The named role sets of the route tables (domain.md §11), each taken from the
// one permission table the services check (app/permissions.h), so a route and
// its service cannot disagree. Every route names one of these (or
// app::allowed_roles(op) for a rule used once); tests/api/access_test.cpp
// pins every endpoint x role x own/other family to its exact status.
//
//   role        register (families, children, grants, lost earnings)  helpers, expenses     expense decision  confirm account
//   caseworker  read, write                                           read, write           yes               no
//   admin       read, write                                           read, write           no (separation)   no
//   finance     read                                                  read                  yes               yes (four eyes)
//   auditor     read                                                  read                  no (never write)  no
//   family      read own family only                                  read, write own       no                no
#pragma once

#include "app/entity_json.h"
#include "http/router.h"

namespace hjt::http::access {

using app::Operation;
using app::Role;
using app::allowed_roles;

// Every role (a family user its own family, by scope).
inline constexpr Roles everyone = allowed_roles(Operation::read_own_family);
// Municipal staff: everyone but family users (runs, reports across families).
inline constexpr Roles staff = allowed_roles(Operation::read_across_families);
// Families, children, grants and their versions, lost-earnings awards.
inline constexpr Roles register_writers = allowed_roles(Operation::register_write);
// Helpers, expenses and shifts: the family (its own, by scope) and the caseworker.
inline constexpr Roles family_editors = allowed_roles(Operation::family_edit);
// Approving or rejecting a submitted expense.
inline constexpr Roles expense_deciders = allowed_roles(Operation::expense_decide);
// Confirming an account under verification (finance; not the user who set it).
inline constexpr Roles account_confirmers = allowed_roles(Operation::account_confirm);

} // namespace hjt::http::access
