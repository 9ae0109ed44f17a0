#include "cli/option_values.h"

#include "app/register_reads.h"
#include "domain/errors.h"
#include "domain/limits.h"

namespace hjt::cli {

Month month_option(const Args& args) {
    const std::string& text = args.required("month");
    auto month = parse_iso_month(text);
    if (!month) throw UsageError("--month skal være ÅÅÅÅ-MM, ikke '" + text + "'");
    return *month;
}

Id id_option(const Args& args, const std::string& name) {
    auto id = args.number(name);
    if (!id) throw UsageError("--" + name + " mangler");
    return *id;
}

std::optional<Id> optional_family_option(soci::session& sql, const Args& args) {
    const auto text = args.optional("family");
    if (!text) return std::nullopt;
    auto id = app::family_by_reference(sql, *text);
    if (!id) throw NotFound("familien " + *text + " findes ikke (hverken som nøgle eller id)");
    return id;
}

Id family_option(soci::session& sql, const Args& args) {
    if (!args.has("family")) throw UsageError("--family mangler");
    return *optional_family_option(sql, args);
}

Id helper_option(soci::session& sql, const Args& args) {
    const std::string& text = args.required("helper");
    auto id = app::helper_by_reference(sql, text);
    if (!id) throw NotFound("hjælperen " + text + " findes ikke (hverken som nøgle eller id)");
    return *id;
}

int year_option(const Args& args) {
    auto year = args.number("year");
    if (!year) throw UsageError("--year mangler");
    return limits::checked_year(*year, "year");
}

} // namespace hjt::cli
