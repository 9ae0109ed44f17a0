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
// --year YYYY, a required year from 2000 to 2099; UsageError otherwise.
int year_option(const Args& args);

} // namespace hjt::cli
