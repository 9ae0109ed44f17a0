// When a shift was worked, as the family writes it: a local date, a start and an
// end wall-clock time in Europe/Copenhagen. An end earlier than the start is on
// the next day (a night shift "22:00–06:00"); "24:00" is the end of the day.
#pragma once

#include <string>

#include "domain/calendar.h"
#include "domain/minutes.h"

namespace hjt {

struct ShiftTimes {
    Date date;             // the day the shift starts
    int start_minute = 0;  // wall-clock minutes after that day's midnight, 0–1439
    int end_minute = 0;    // the same, counted from the start day: 1440 and up is the next day
};

// The three texts to a shift (clock times as typed, domain/minutes.h);
// ValidationError naming "date", "start" or "end".
// The date is dd-mm-yyyy (Danish) or yyyy-mm-dd (ISO).
ShiftTimes parse_shift_times(const std::string& date_text, const std::string& start_text, const std::string& end_text);
// The same with the date already known (a spreadsheet date cell).
ShiftTimes shift_times_on(Date date, int start_minute, int end_minute_of_day);

} // namespace hjt
