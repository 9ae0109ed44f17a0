// The municipal policy over time (issue 19, domain/policy_changes.h): what is
// in force on a day, where each setting's value comes from, and the dated
// change finance makes (`hjt policy set`, POST /api/v1/policy, the policy
// page). A change is a new record with a reason, never an edit, and an audit
// entry; one dated into a year a final reconciliation has closed is refused,
// because that year's figures can no longer change.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "app/permissions.h"
#include "domain/policy_changes.h"

namespace hjt::app {

struct PolicySetting {
    std::string name;
    std::string value;
    std::optional<PolicyChange> since;  // the change it comes from; nullopt: as `hjt init` stored it
};

struct PolicyView {
    Date on;
    std::vector<PolicySetting> settings;  // every setting in force on `on`, by name
    std::vector<PolicyChange> changes;    // every change, past and coming, in the order made
};

// Staff (read_across_families). NotFound before `hjt init`.
PolicyView show_policy(soci::session& sql, const User& actor, Date on);

// Checks (domain/policy_changes.h check_policy_change), stores and audits one
// change; set_by/set_at are set here (policy_change: finance). Conflict when
// any family's year from valid_from's year on is closed.
PolicyChange change_policy(soci::session& sql, const User& actor, PolicyChange change);

} // namespace hjt::app
