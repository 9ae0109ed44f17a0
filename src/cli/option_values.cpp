#include "cli/option_values.h"

#include "domain/errors.h"

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

} // namespace hjt::cli
