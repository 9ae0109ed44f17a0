#include "http/query_values.h"

#include "domain/errors.h"
#include "domain/limits.h"

namespace hjt::http {

int year_query(const RequestContext& ctx) {
    auto text = ctx.query_param("year");
    if (!text) throw ValidationError("year", Message{MessageCode::year_query_missing, {}});
    if (text->size() != 4 || text->find_first_not_of("0123456789") != std::string::npos)
        throw ValidationError("year", Message{MessageCode::year_unreadable, {*text}});
    return limits::checked_year(std::stoi(*text), "year");
}

Month month_query(const RequestContext& ctx) {
    auto text = ctx.query_param("month");
    if (!text) throw ValidationError("month", Message{MessageCode::month_query_missing, {}});
    auto month = parse_iso_month(*text);
    if (!month) throw ValidationError("month", Message{MessageCode::month_unreadable, {*text}});
    return *month;
}

std::optional<Id> family_query(const RequestContext& ctx) {
    auto text = ctx.query_param("family");
    if (!text) return std::nullopt;
    try {
        std::size_t used = 0;
        long long id = std::stoll(*text, &used);
        if (used == text->size() && id > 0) return id;
    } catch (const std::exception&) {
    }
    throw ValidationError("family", Message{MessageCode::id_unreadable, {*text}});
}

} // namespace hjt::http
