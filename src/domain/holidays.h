// Danish public holidays (domain.md §5): the fixed ones, the Easter-based ones
// found with the Gregorian computus, Store Bededag until it was abolished after
// 2023, and the days a municipality may add by policy (5 June, 24 and 31 December,
// and any other day it names, such as 1 May).
#pragma once

#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/day_table.h"
#include "domain/policy.h"

namespace hjt {

struct Holiday {
    Date date;
    const std::string* name;  // Danish, as shown on statements: "Skærtorsdag"; static storage
};

// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
Date easter_sunday(int year);

// The static name a holiday name stands for, so records read back point to the
// same strings as freshly classified ones. A name that is not a statutory
// holiday's (a day the policy adds, "1. maj") is kept once for the process's
// life and that copy returned: never nullptr. Thread-safe.
const std::string* holiday_name(const std::string& text);

// The year's holidays under `policy`, in date order.
std::vector<Holiday> public_holidays(int year, const Policy& policy);

// Answers "is this day a holiday, and which" with one array access (see
// day_table.h). Not thread-safe: one per thread.
class HolidayCalendar {
public:
    explicit HolidayCalendar(const Policy& policy);

    // The holiday's name, or nullptr on an ordinary day.
    const std::string* holiday(date::sys_days day) const { return days_.at(day); }

private:
    DayTable<const std::string*> days_;
};

} // namespace hjt
