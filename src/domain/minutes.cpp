#include "domain/minutes.h"

#include "domain/digits.h"
#include "domain/errors.h"
#include "domain/exact.h"

namespace hjt {

std::optional<int> parse_clock(const std::string& text, bool end_of_day_allowed, ClockSpelling spelling) {
    const bool exact = text.size() == 5 && text[2] == ':';
    const bool typed = (text.size() == 4 || text.size() == 5) && (text[text.size() - 3] == ':' || text[text.size() - 3] == '.');
    if (!(spelling == ClockSpelling::exact ? exact : typed)) return std::nullopt;
    const std::string_view hh = std::string_view(text).substr(0, text.size() - 3), mm = std::string_view(text).substr(text.size() - 2);
    if (!all_digits(hh) || !all_digits(mm)) return std::nullopt;
    const int hours = std::stoi(std::string(hh)), minutes = std::stoi(std::string(mm));
    if (minutes > 59) return std::nullopt;
    if (hours == 24 && minutes == 0 && end_of_day_allowed) return kMinutesPerDay;
    if (hours > 23) return std::nullopt;
    return hours * 60 + minutes;
}

Message not_a_clock(const std::string& text, bool end_of_day_allowed) {
    return Message{MessageCode::not_a_clock, {text, end_of_day_allowed ? "24:00" : "23:59"}};
}

int clock_or_refuse(const std::string& text, const std::string& field, bool end_of_day_allowed) {
    auto minute = parse_clock(text, end_of_day_allowed);
    if (!minute) throw ValidationError(field, not_a_clock(text, end_of_day_allowed));
    return *minute;
}

std::string format_clock(int minute_of_day) {
    const int m = minute_of_day % kMinutesPerDay;
    char text[5];
    put_padded(text, static_cast<unsigned>(m / 60), 2);
    text[2] = ':';
    put_padded(text + 3, static_cast<unsigned>(m % 60), 2);
    return std::string(text, sizeof text);
}

std::string format_end_clock(int minute_of_day) {
    return minute_of_day == kMinutesPerDay ? "24:00" : format_clock(minute_of_day);
}

Hours hours_of_minutes(std::int64_t minutes) {
    return Hours::hundredths(divide_rounding_half_away(static_cast<__int128>(minutes) * 100, 60));
}

} // namespace hjt
