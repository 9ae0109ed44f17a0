// Typed values of query parameters several routes share.
#pragma once

#include "domain/calendar.h"
#include "http/request_context.h"

namespace hjt::http {

// ?year=YYYY, required; ValidationError "year" when missing or not four digits.
int year_query(const RequestContext& ctx);
// ?month=YYYY-MM, required; ValidationError "month" when missing or malformed.
Month month_query(const RequestContext& ctx);
// ?family=ID, optional; ValidationError "family" when not a positive whole number.
std::optional<Id> family_query(const RequestContext& ctx);

} // namespace hjt::http
