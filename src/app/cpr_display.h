// Full CPR numbers (README "Persondata"). They are shown only in the record
// view of one child, helper or lost-earnings award, and only to those who work
// with the person: the caseworker, the admin and the family itself (its own
// child, its own employees); finance and auditors, lists, exports, audit
// entries and error messages see them masked. Every display of a full number
// is logged (store/cpr_views.h) in the transaction that shows it, so a number
// is never shown unlogged; admin and auditor read the log (`hjt cpr-log`,
// GET /api/v1/cpr-log).
#pragma once

#include <Poco/JSON/Object.h>
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/entity_json.h"
#include "store/cpr_views.h"

namespace hjt::app {

// The view `actor` gets of a record: CprView::record for caseworker, admin and family.
CprView cpr_view_for(const User& actor);

// The record view of one entity for `actor`, logging the display when the
// number is shown in full. `channel`: where ("api", "subject-access").
// The session must be in a write transaction.
Poco::JSON::Object::Ptr record_json(soci::session& sql, const User& actor, const Child& c, const std::string& channel);
Poco::JSON::Object::Ptr record_json(soci::session& sql, const User& actor, const Helper& h, const std::string& channel);
Poco::JSON::Object::Ptr record_json(soci::session& sql, const User& actor, const LostEarningsAward& a,
                                    const std::string& channel);

// The log, newest first (admin, auditor: Operation::cpr_log); one family's when given.
std::vector<store::CprViewRow> cpr_log(soci::session& sql, const User& actor, std::optional<Id> family,
                                       long long limit = 1000);
// {id, viewed_at, viewer, viewer_role, entity, entity_id, family_id, channel}
Poco::JSON::Object::Ptr to_json(const store::CprViewRow& row);

} // namespace hjt::app
