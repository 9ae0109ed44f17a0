// Which reconciliation rows each step writes, as seals for its audit entry
// (store/row_seals.h): a draft run replaces the scope's drafts (released
// before, sealed after); making final writes the finals and their settlement
// postings and deletes their children's drafts.
#pragma once

#include <optional>
#include <string>

#include "store/row_seals.h"

namespace hjt::store {

// The year's drafts (of one family, or all) with their months and expense verdicts.
void cover_drafts(soci::session& sql, RowSeals& seals, SealAction action, int year, std::optional<Id> family_id);
// The finals written at `at` by `by` with their months, verdicts and settlement postings.
void seal_finals(soci::session& sql, RowSeals& seals, int year, const std::string& at, const std::string& by);

} // namespace hjt::store
