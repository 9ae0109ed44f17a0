// A family's own data, exported on request (GDPR art. 15, README "Persondata"):
// `hjt subject-access --family ID`, GET /api/v1/families/{id}/subject-access.
// Everything hjt holds about the family and the people in it: the family, its
// children with their grants and lost-earnings awards, its helpers, expenses,
// shifts, ledger (postings and what is owed), the stored annual
// reconciliations and what was reported to eIndkomst about them
// (store/eindkomst_store.h family_reports). CPR numbers are given in full (the
// export is for the people they belong to), so each is logged as shown (app/cpr_display.h), and
// the export itself is an audit entry. Admin, or the family's own user.
#pragma once

#include <Poco/JSON/Object.h>
#include <soci/soci.h>

#include "app/auth.h"

namespace hjt::app {

// NotFound for a family that does not exist (or is another family's, for a
// family user). Needs a write transaction (the log and the audit entry).
Poco::JSON::Object::Ptr subject_access(soci::session& sql, const User& actor, Id family_id);

} // namespace hjt::app
