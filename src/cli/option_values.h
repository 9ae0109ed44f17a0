// Typed values of options several commands share.
#pragma once

#include <optional>
#include <string>

#include "cli/command.h"
#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/errors.h"

namespace hjt::cli {

// --month YYYY-MM; UsageError when missing or malformed.
Month month_option(const Args& args);
// --<name> ID, a required whole number; UsageError when missing or malformed.
Id id_option(const Args& args, const std::string& name);
// --year YYYY, a required year in limits::kYear (2000–2099): UsageError when
// missing, ValidationError "out_of_range" outside the range (never narrowed first).
int year_option(const Args& args);

// An option parsed by `parse`; its default when absent, UsageError when malformed.
template <class T, class Parse>
T typed_option(const Args& args, const std::string& name, Parse parse, std::optional<T> fallback = std::nullopt) {
    auto text = args.optional(name);
    if (!text) {
        if (fallback) return *fallback;
        throw UsageError("--" + name + " skal angives");
    }
    auto value = parse(*text);
    if (!value) throw UsageError("--" + name + ": kan ikke læse '" + *text + "'");
    return *value;
}

} // namespace hjt::cli
