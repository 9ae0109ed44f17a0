#include "domain/limits.h"

#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::limits {
namespace {

template <class T, class Format>
void check_range(const Range<T>& range, T value, const std::string& field, Format format) {
    if (value >= range.min && value <= range.max) return;
    throw ValidationError(field, Message{MessageCode::out_of_range, {format(range.min), format(range.max), format(value)}});
}

} // namespace

void check(const Range<Money>& range, Money value, const std::string& field) {
    check_range(range, value, field, [](Money m) { return format_kroner(m); });
}

void check(const Range<Hours>& range, Hours value, const std::string& field) {
    check_range(range, value, field, [](Hours h) { return format_hours(h) + " timer"; });
}

void check(const Range<Rate>& range, Rate value, const std::string& field) {
    check_range(range, value, field, [](Rate r) { return format_rate(r); });
}

int checked_year(std::int64_t year, const std::string& field) {
    check_range(kYear, year, field, [](std::int64_t y) { return std::to_string(y); });
    return static_cast<int>(year);
}

void check_date_year(Date date, const std::string& field) {
    const std::int64_t year = static_cast<int>(date.year());
    if (year >= kYear.min && year <= kYear.max) return;
    throw ValidationError(field, Message{MessageCode::out_of_range,
                                         {"01-01-" + std::to_string(kYear.min), "31-12-" + std::to_string(kYear.max),
                                          format_danish_date(date)}});
}

} // namespace hjt::limits
