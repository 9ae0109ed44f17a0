#include "domain/shift_times.h"

#include "domain/danish_format.h"
#include "domain/digits.h"
#include "domain/errors.h"

namespace hjt {

namespace {
constexpr int minutes_per_day = 24 * 60;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
} // namespace

std::optional<int> parse_clock(const std::string& text, bool end_of_day_allowed) {
    const std::size_t sep = text.size() == 5 ? 2 : 1;
    if (text.size() != 4 && text.size() != 5) return std::nullopt;
    if (text[sep] != ':' && text[sep] != '.') return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i != sep && !is_digit(text[i])) return std::nullopt;
    int hours = std::stoi(text.substr(0, sep));
    int minutes = std::stoi(text.substr(sep + 1));
    if (minutes > 59) return std::nullopt;
    if (hours == 24 && minutes == 0 && end_of_day_allowed) return minutes_per_day;
    if (hours > 23) return std::nullopt;
    return hours * 60 + minutes;
}

std::string format_clock(int minute_of_day) {
    const int m = minute_of_day % minutes_per_day;
    char text[5];
    put_padded(text, static_cast<unsigned>(m / 60), 2);
    text[2] = ':';
    put_padded(text + 3, static_cast<unsigned>(m % 60), 2);
    return std::string(text, sizeof text);
}

ShiftTimes shift_times_on(Date date, int start_minute, int end_minute_of_day) {
    // An end before the start can only be the next morning; an equal end is a
    // mistake (a zero-length shift), refused later as "end must be after start".
    int end = end_minute_of_day < start_minute ? end_minute_of_day + minutes_per_day : end_minute_of_day;
    return ShiftTimes{date, start_minute, end};
}

ShiftTimes parse_shift_times(const std::string& date_text, const std::string& start_text, const std::string& end_text) {
    auto date = parse_danish_date(date_text);
    if (!date) date = parse_iso_date(date_text);
    if (!date) throw ValidationError("date", "'" + date_text + "' is not a real date written dd-mm-yyyy");
    auto start = parse_clock(start_text, false);
    if (!start) throw ValidationError("start", "'" + start_text + "' is not a time written HH:MM (00:00–23:59)");
    auto end = parse_clock(end_text, true);
    if (!end) throw ValidationError("end", "'" + end_text + "' is not a time written HH:MM (00:00–24:00)");
    return shift_times_on(*date, *start, *end);
}

} // namespace hjt
