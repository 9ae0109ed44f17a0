// Local wall-clock times in Europe/Copenhagen to real instants (UTC), so a
// shift's length is the time really worked across the DST changes. The tz
// lookup is done once per day and cached by year: millions of shifts then cost
// an addition each, and only the two transition days a year ask the tz database.
// Not thread-safe: one per thread.
#pragma once

#include <date/tz.h>

#include <chrono>
#include <cstdint>
#include <optional>

#include "domain/day_table.h"

namespace hjt {

using UtcMinutes = date::sys_time<std::chrono::minutes>;

class CopenhagenClock {
public:
    CopenhagenClock();

    // The instant of wall time `minute_of_day` (0–1440; 1440 is the next midnight)
    // on local `day`. nullopt when that wall time does not exist (the hour
    // skipped when summer time starts). A wall time that occurs twice (the hour
    // repeated when summer time ends) means its first occurrence.
    std::optional<UtcMinutes> to_utc(date::sys_days day, int minute_of_day) const;

private:
    struct DayOffset {
        std::int16_t minutes_east = 0;  // UTC offset at local midnight
        bool changes = false;           // the offset changes during the day
    };
    static std::vector<DayOffset> offsets_of(const date::time_zone* zone, date::year y);
    std::optional<UtcMinutes> from_tz_database(date::sys_days day, int minute_of_day) const;

    const date::time_zone* zone_;
    DayTable<DayOffset> offsets_;
};

} // namespace hjt
