#include "domain/shift_classification.h"

#include <algorithm>
#include <stdexcept>

#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt {

using date::sys_days;

namespace {

constexpr int minutes_per_day = 24 * 60;

struct DayRule {
    std::optional<Exclusion> whole_day;  // the whole day is excluded, and why
    const std::string* holiday = nullptr;
};

void add_excluded(ShiftClassification& c, Exclusion reason, const std::string* holiday, int minutes) {
    if (minutes <= 0) return;
    if (c.excluded_count > 0) {
        ExcludedPart& last = c.excluded[c.excluded_count - 1];
        if (last.reason == reason && last.holiday == holiday) {
            last.minutes += minutes;
            return;
        }
    }
    // A shift of at most 16 h gives at most four parts (see the header); more
    // would mean a window the policy cannot have, so it is a bug, not bad input.
    if (c.excluded_count == static_cast<int>(c.excluded.size()))
        throw std::logic_error("a shift with more excluded parts than a 16-hour shift can have");
    c.excluded[c.excluded_count++] = ExcludedPart{reason, holiday, minutes};
}

std::string clock_range(const Policy& p) {
    return format_clock(p.window_start_minute) + "–" + format_clock(p.window_end_minute);
}

} // namespace

std::string to_string(Exclusion e) {
    switch (e) {
    case Exclusion::outside_grant: return "outside_grant";
    case Exclusion::public_holiday: return "public_holiday";
    case Exclusion::weekend: return "weekend";
    case Exclusion::before_window: return "before_window";
    case Exclusion::after_window: return "after_window";
    }
    return "weekend";
}

std::optional<Exclusion> parse_exclusion(const std::string& text) {
    for (auto e : {Exclusion::outside_grant, Exclusion::public_holiday, Exclusion::weekend, Exclusion::before_window,
                   Exclusion::after_window})
        if (to_string(e) == text) return e;
    return std::nullopt;
}

std::string describe(const ExcludedPart& part, const Policy& policy) {
    switch (part.reason) {
    case Exclusion::outside_grant: return "outside the grant";
    case Exclusion::public_holiday: return "public holiday" + (part.holiday ? " (" + *part.holiday + ")" : std::string());
    case Exclusion::weekend: return "weekend";
    case Exclusion::before_window:
        return "before " + format_clock(policy.window_start_minute) + " (window " + clock_range(policy) + ")";
    case Exclusion::after_window:
        return "after " + format_clock(policy.window_end_minute) + " (window " + clock_range(policy) + ")";
    }
    return "";
}

ShiftClassifier::ShiftClassifier(const Policy& policy) : policy_(policy), holidays_(policy) {}

ShiftClassification ShiftClassifier::classify(const ShiftTimes& shift, const Period& employment,
                                              std::span<const Period> grants) const {
    if (shift.start_minute < 0 || shift.start_minute >= minutes_per_day)
        throw ValidationError("start", "the start must be a time of day 00:00–23:59");
    if (shift.end_minute <= shift.start_minute)
        throw ValidationError("end", "the end (" + format_clock(shift.end_minute) + ") must be after the start (" +
                                         format_clock(shift.start_minute) + ")");
    const sys_days first_day{shift.date};
    auto instant = [&](int minute, const char* field) {
        auto utc = clock_.to_utc(first_day, minute);
        if (!utc)
            throw ValidationError(field, format_clock(minute) + " does not exist on " +
                                             format_danish_date(Date{first_day + date::days{minute / minutes_per_day}}) +
                                             " (the clock jumps from 02:00 to 03:00 when summer time starts)");
        return *utc;
    };

    ShiftClassification c;
    c.start_utc = instant(shift.start_minute, "start");
    c.end_utc = instant(shift.end_minute, "end");
    c.minutes = static_cast<int>((c.end_utc - c.start_utc).count());
    if (c.minutes <= 0) throw ValidationError("end", "the end must be after the start");
    if (c.minutes > max_shift_minutes)
        throw ValidationError("end", "the shift lasts " + format_hours(Hours::hundredths(c.minutes * 100 / 60)) +
                                         " hours; a shift may last at most 16 hours");

    const Date last_day{first_day + date::days{(shift.end_minute - 1) / minutes_per_day}};
    if (!employment.contains(shift.date) || !employment.contains(last_day))
        throw ValidationError("date", "the shift on " + format_danish_date(shift.date) +
                                          " is outside the helper's employment (" + format_danish_date(employment.from) +
                                          " – " + (employment.to ? format_danish_date(*employment.to) : "") + ")");

    // Walk the shift in wall-clock time, cutting at midnight and at the window's
    // edges; each piece's real length is the difference of its UTC instants, so
    // the pieces add up to the shift even across a DST change.
    int cursor = shift.start_minute;
    UtcMinutes cursor_utc = c.start_utc;
    while (cursor < shift.end_minute) {
        const int day_start = cursor / minutes_per_day * minutes_per_day;
        const sys_days day = first_day + date::days{day_start / minutes_per_day};
        const int day_end = std::min(shift.end_minute, day_start + minutes_per_day);

        DayRule rule;
        if (std::none_of(grants.begin(), grants.end(), [&](const Period& p) { return p.contains(Date{day}); }))
            rule.whole_day = Exclusion::outside_grant;
        else if ((rule.holiday = holidays_.holiday(day)))
            rule.whole_day = Exclusion::public_holiday;
        else if (date::weekday{day}.c_encoding() == 0 || date::weekday{day}.c_encoding() == 6)
            rule.whole_day = Exclusion::weekend;

        int piece_end = day_end;
        std::optional<Exclusion> reason = rule.whole_day;
        if (!reason) {
            const int window_start = day_start + policy_.window_start_minute;
            const int window_end = day_start + policy_.window_end_minute;
            if (cursor < window_start) {
                piece_end = std::min(day_end, window_start);
                reason = Exclusion::before_window;
            } else if (cursor < window_end) {
                piece_end = std::min(day_end, window_end);
            } else {
                reason = Exclusion::after_window;
            }
        }
        const UtcMinutes piece_end_utc = piece_end == shift.end_minute ? c.end_utc : instant(piece_end, "end");
        const int minutes = static_cast<int>((piece_end_utc - cursor_utc).count());
        if (reason) add_excluded(c, *reason, rule.holiday, minutes);
        else c.subsidisable_minutes += minutes;
        cursor = piece_end;
        cursor_utc = piece_end_utc;
    }
    return c;
}

} // namespace hjt
