// Which reconciliation rows each step writes, as seals for its audit entry
// (store/row_seals.h): a draft run replaces the scope's drafts (released
// before, sealed after); making final writes the finals and their settlement
// postings and deletes their children's drafts. Both go a page of families at
// a time (app/reconciliation_service.cpp), so each covers the rows of one
// family, a page of families, or all (store/family_range.h).
#pragma once

#include <string>

#include "store/family_range.h"
#include "store/row_seals.h"

namespace hjt::store {

// The year's drafts of the scope with their months and expense verdicts.
void cover_drafts(soci::session& sql, RowSeals& seals, SealAction action, int year, const FamilyScope& scope);
// The scope's finals written at `at` by `by` with their months, verdicts and settlement postings.
void seal_finals(soci::session& sql, RowSeals& seals, int year, const std::string& at, const std::string& by,
                 const FamilyScope& scope);

} // namespace hjt::store
