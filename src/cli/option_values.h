// Typed values of options several commands share.
#pragma once

#include "cli/command.h"
#include "domain/calendar.h"
#include "domain/entities.h"

namespace hjt::cli {

// --month YYYY-MM; UsageError when missing or malformed.
Month month_option(const Args& args);
// --<name> ID, a required whole number; UsageError when missing or malformed.
Id id_option(const Args& args, const std::string& name);
// --year YYYY, a required year in limits::kYear (2000–2099): UsageError when
// missing, ValidationError "out_of_range" outside the range (never narrowed first).
int year_option(const Args& args);

} // namespace hjt::cli
