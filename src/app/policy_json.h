// The policy and its dated changes as JSON for the API, the CLI's --json and
// the audit trail (dates ISO, values as the policy text of config/policy.properties).
#pragma once

#include <Poco/JSON/Object.h>

#include "app/policy_service.h"

namespace hjt::app {

// {id, name, value, valid_from, reason, set_by, set_at}
Poco::JSON::Object::Ptr to_json(const PolicyChange& c);
// {on, settings: [{name, value, since: change|null}], changes: [change]}
Poco::JSON::Object::Ptr to_json(const PolicyView& v);

} // namespace hjt::app
