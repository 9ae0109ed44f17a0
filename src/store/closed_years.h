// Years closed by a final reconciliation (table closed_years), per family:
// the year's shifts, expenses and payout lines can no longer change
// (domain.md §7). Every writer of those asks refuse_if_closed first; the
// refusal is a Conflict naming the year (API 409, CLI exit 1).
#pragma once

#include <soci/soci.h>

#include <set>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/messages.h"

namespace hjt::store {

bool year_closed(soci::session& sql, Id family_id, int year);
// The families whose `year` is closed.
std::set<Id> families_with_closed_year(soci::session& sql, int year);
// Every closed (family, year): for checks over many rows at once (an import).
std::set<std::pair<Id, int>> closed_years(soci::session& sql);

// Records the close; closing a closed year again changes nothing.
void close_year(soci::session& sql, Id family_id, int year, const std::string& at, const std::string& by);
// The same for many families, many rows a statement (a final run of a municipality).
void close_years(soci::session& sql, const std::vector<Id>& family_ids, int year, const std::string& at,
                 const std::string& by);

// Conflict year_closed (domain/messages.h: "året YYYY er afsluttet for familie
// N …: <what> kan ikke længere ændres …") when it is closed; `what` is Danish
// ("vagterne").
void refuse_if_closed(soci::session& sql, Id family_id, int year, const std::string& what);
[[noreturn]] void refuse_closed(Id family_id, int year, const std::string& what);
// The refusal, for checks that collect problems (an import's lines).
Message closed_year(Id family_id, int year, const std::string& what);

} // namespace hjt::store
