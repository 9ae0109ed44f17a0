// Plausibility questions (domain/plausibility.h) as JSON, for the API's 409
// answer, the import's report and the audit entry of a confirmed change:
// [{"code", "field", "field_label", "message"}], texts in `language`.
#pragma once

#include <Poco/JSON/Array.h>

#include <string>

#include "domain/plausibility.h"

namespace hjt::app {

Poco::JSON::Array::Ptr questions_json(const PlausibilityQuestions& questions, Language language);

} // namespace hjt::app
