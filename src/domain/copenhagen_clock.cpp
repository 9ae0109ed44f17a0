#include "domain/copenhagen_clock.h"

namespace hjt {

using date::sys_days;
using std::chrono::minutes;

CopenhagenClock::CopenhagenClock()
    : zone_(date::locate_zone("Europe/Copenhagen")), offsets_([zone = zone_](date::year y) { return offsets_of(zone, y); }) {}

std::vector<CopenhagenClock::DayOffset> CopenhagenClock::offsets_of(const date::time_zone* zone, date::year y) {
    std::vector<DayOffset> days;
    const sys_days next_year{(y + date::years{1}) / date::January / 1};
    for (sys_days d{y / date::January / 1}; d < next_year; d += date::days{1}) {
        auto at = [&](minutes m) { return zone->get_info(date::local_seconds{d.time_since_epoch() + m}); };
        auto midnight = at(minutes{0});
        auto last_minute = at(minutes{24 * 60 - 1});
        bool changes = midnight.result != date::local_info::unique || last_minute.result != date::local_info::unique ||
                       midnight.first.offset != last_minute.first.offset;
        days.push_back({static_cast<std::int16_t>(std::chrono::duration_cast<minutes>(midnight.first.offset).count()),
                        changes});
    }
    return days;
}

std::optional<UtcMinutes> CopenhagenClock::from_tz_database(sys_days day, int minute_of_day) const {
    auto info = zone_->get_info(date::local_seconds{day.time_since_epoch() + minutes{minute_of_day}});
    if (info.result == date::local_info::nonexistent) return std::nullopt;
    // Unique and ambiguous alike: `first` is the (earliest) offset in force.
    return UtcMinutes{day.time_since_epoch() + minutes{minute_of_day}} -
           std::chrono::duration_cast<minutes>(info.first.offset);
}

std::optional<UtcMinutes> CopenhagenClock::to_utc(sys_days day, int minute_of_day) const {
    constexpr int minutes_per_day = 24 * 60;
    if (minute_of_day >= minutes_per_day)
        return to_utc(day + date::days{minute_of_day / minutes_per_day}, minute_of_day % minutes_per_day);
    const DayOffset& o = offsets_.at(day);
    if (o.changes) return from_tz_database(day, minute_of_day);
    return UtcMinutes{day.time_since_epoch() + minutes{minute_of_day - o.minutes_east}};
}

} // namespace hjt
