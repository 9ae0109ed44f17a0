// The log of full CPR numbers shown (schema 13, README "Persondata"): one row
// per display of one person's full number, naming who saw it, whose it is
// (the entity and its family) and where (the API's record view, a
// subject-access export). The number itself is never written here.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"

namespace hjt::store {

struct CprViewRow {
    Id id = 0;
    std::string viewed_at;    // UTC, support/clock.h
    std::string viewer;       // username
    std::string viewer_role;  // app::to_string(Role)
    std::string entity;       // child, helper, lost_earnings_award
    Id entity_id = 0;
    Id family_id = 0;
    std::string channel;      // "api", "subject-access"
};

// Appends in the caller's (write) transaction: the display and its row commit together.
void insert_cpr_view(soci::session& sql, const CprViewRow& row);

// Newest first; only `family`'s when given; at most `limit` rows.
std::vector<CprViewRow> list_cpr_views(soci::session& sql, std::optional<Id> family, long long limit);

} // namespace hjt::store
