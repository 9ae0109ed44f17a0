#include "domain/shift_times.h"

#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt {

ShiftTimes shift_times_on(Date date, int start_minute, int end_minute_of_day) {
    // An end before the start can only be the next morning; an equal end is a
    // mistake (a zero-length shift), refused later as "end must be after start".
    int end = end_minute_of_day < start_minute ? end_minute_of_day + kMinutesPerDay : end_minute_of_day;
    return ShiftTimes{date, start_minute, end};
}

ShiftTimes parse_shift_times(const std::string& date_text, const std::string& start_text, const std::string& end_text) {
    auto date = parse_danish_date(date_text);
    if (!date) date = parse_iso_date(date_text);
    if (!date) throw ValidationError("date", Message{MessageCode::not_a_danish_date, {date_text}});
    const int start = clock_or_refuse(start_text, "start", false);
    const int end = clock_or_refuse(end_text, "end", true);
    return shift_times_on(*date, start, end);
}

} // namespace hjt
