// The outcome of a month's eIndkomst run per employer as JSON, shared by
// `hjt eindkomst --json` and POST /api/v1/eindkomst/{month}: the counts and
// any refusal, never the file's content (it carries CPR numbers; each caller
// decides where the file goes).
#pragma once

#include <Poco/JSON/Object.h>

#include "app/eindkomst_service.h"

namespace hjt::app {

Poco::JSON::Object::Ptr to_json(const EmployerReport& report);

} // namespace hjt::app
