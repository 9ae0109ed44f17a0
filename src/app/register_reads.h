// Reading the register (families, children, helpers, grants, expenses,
// lost-earnings awards, shifts) for the front ends: the app layer is their one
// door to the store. Who may read what is decided by the caller's scope
// (http/scopes.h) or permission check; these only read.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/shift_record.h"

namespace hjt::app {

std::optional<Family> find_family(soci::session& sql, Id id);
std::optional<Child> find_child(soci::session& sql, Id id);
std::optional<Helper> find_helper(soci::session& sql, Id id);
// A helper as a person names one: its import key (helpers.csv "key"), or else its id.
std::optional<Helper> find_helper_by_reference(soci::session& sql, const std::string& key_or_id);
std::optional<Grant> find_grant(soci::session& sql, Id id);  // with versions
std::optional<Expense> find_expense(soci::session& sql, Id id);
std::optional<LostEarningsAward> find_award(soci::session& sql, Id id);
std::optional<ShiftRecord> find_shift(soci::session& sql, Id id);

std::vector<Family> list_families(soci::session& sql);
std::vector<Child> list_children(soci::session& sql, Id family_id);
std::vector<Helper> list_helpers(soci::session& sql, Id family_id);
std::vector<Grant> list_grants(soci::session& sql, Id child_id);  // with versions
std::vector<Expense> list_expenses(soci::session& sql, Id family_id);
std::vector<LostEarningsAward> list_awards(soci::session& sql, Id child_id);

// The family a grant's child belongs to; NotFound when the child is gone.
Id family_of(soci::session& sql, const Grant& grant);

} // namespace hjt::app
