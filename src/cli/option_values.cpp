#include "cli/option_values.h"

#include "domain/errors.h"
#include "domain/limits.h"

namespace hjt::cli {

Month month_option(const Args& args) {
    const std::string& text = args.required("month");
    auto month = parse_iso_month(text);
    if (!month) throw UsageError("--month must be YYYY-MM, got '" + text + "'");
    return *month;
}

Id id_option(const Args& args, const std::string& name) {
    auto id = args.number(name);
    if (!id) throw UsageError("missing option --" + name);
    return *id;
}

int year_option(const Args& args) {
    auto year = args.number("year");
    if (!year) throw UsageError("missing option --year");
    return limits::checked_year(*year, "year");
}

} // namespace hjt::cli
