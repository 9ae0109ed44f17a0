// Claims, their events and receipts as JSON: the API's bodies, the CLI's
// --json and the audit entries' before/after.
#pragma once

#include <Poco/JSON/Object.h>

#include "app/claims_overdue.h"
#include "app/claims_receipts.h"
#include "app/claims_service.h"
#include "domain/receipt_matching.h"

namespace hjt::app {

Poco::JSON::Object::Ptr to_json(const ClaimView& view);
Poco::JSON::Object::Ptr to_json(const Receipt& receipt);
Poco::JSON::Object::Ptr to_json(const CamtImport& import);
Poco::JSON::Object::Ptr to_json(const ReminderSent& reminder);

} // namespace hjt::app
