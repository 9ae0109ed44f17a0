#include "domain/shift_classification.h"

#include <algorithm>
#include <stdexcept>

#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt {

using date::sys_days;

namespace {

constexpr auto kExclusionCodes = enum_table<Exclusion>({{Exclusion::outside_grant, "outside_grant"},
                                                        {Exclusion::public_holiday, "public_holiday"},
                                                        {Exclusion::weekend, "weekend"},
                                                        {Exclusion::before_window, "before_window"},
                                                        {Exclusion::after_window, "after_window"}});
constexpr int minutes_per_day = 24 * 60;

struct DayRule {
    std::optional<Exclusion> whole_day;  // the whole day is excluded, and why
    const std::string* holiday = nullptr;
};

void add_excluded(ShiftClassification& c, ExcludedPart part) {
    if (part.minutes <= 0) return;
    if (c.excluded_count > 0) {
        ExcludedPart& last = c.excluded[c.excluded_count - 1];
        if (last.reason == part.reason && last.holiday == part.holiday && last.window_start == part.window_start &&
            last.window_end == part.window_end) {
            last.minutes += part.minutes;
            return;
        }
    }
    // A shift of at most 16 h gives at most four parts (see the header); more
    // would mean a window the policy cannot have, so it is a bug, not bad input.
    if (c.excluded_count == static_cast<int>(c.excluded.size()))
        throw std::logic_error("a shift with more excluded parts than a 16-hour shift can have");
    c.excluded[c.excluded_count++] = part;
}

std::string clock_range(int start, int end) {
    return format_clock(start) + "–" + format_end_clock(end);
}

// The widest of the windows in force on `day`; nullopt when no grant covers it.
std::optional<PayWindow> window_on(std::span<const GrantWindow> grants, Date day) {
    std::optional<PayWindow> widest;
    for (const auto& g : grants) {
        if (!g.days.contains(day)) continue;
        if (!widest) {
            widest = g.window;
            continue;
        }
        widest->start_minute = std::min(widest->start_minute, g.window.start_minute);
        widest->end_minute = std::max(widest->end_minute, g.window.end_minute);
        widest->weekends = widest->weekends || g.window.weekends;
    }
    return widest;
}

} // namespace

std::span<const EnumText<Exclusion>> codes(Exclusion) { return kExclusionCodes; }

std::string describe(const ExcludedPart& part, const Policy& policy) {
    switch (part.reason) {
    case Exclusion::outside_grant: return "outside the grant";
    case Exclusion::public_holiday: return "public holiday" + (part.holiday ? " (" + *part.holiday + ")" : std::string());
    case Exclusion::weekend: return "weekend";
    case Exclusion::before_window:
    case Exclusion::after_window: {
        const bool own = part.window_start >= 0;
        const int start = own ? part.window_start : policy.window_start_minute;
        const int end = own ? part.window_end : policy.window_end_minute;
        const std::string range = " (" + std::string(own ? "the grant's window " : "window ") + clock_range(start, end) + ")";
        if (part.reason == Exclusion::before_window) return "before " + format_clock(start) + range;
        return "after " + format_end_clock(end) + range;
    }
    }
    return "";
}

std::vector<GrantWindow> grant_windows(const std::vector<Grant>& grants, const Policy& policy) {
    const PayWindow policy_window{policy.window_start_minute, policy.window_end_minute, false};
    std::vector<GrantWindow> out;
    for (const auto& g : grants) {
        // A grant without versions still marks its days as inside a grant, with the policy's window.
        if (g.versions.empty()) out.push_back({g.valid, policy_window});
        for (std::size_t i = 0; i < g.versions.size(); ++i) {
            const GrantVersion& v = g.versions[i];
            Period days{v.effective_from, g.valid.to};
            if (i + 1 < g.versions.size()) days.to = Date{date::sys_days{g.versions[i + 1].effective_from} - date::days{1}};
            if (auto within = intersect(days, g.valid)) out.push_back({*within, v.window.value_or(policy_window)});
        }
    }
    return out;
}

ShiftClassifier::ShiftClassifier(const Policy& policy) : policy_(policy), holidays_(policy) {}

ShiftClassification ShiftClassifier::classify(const ShiftTimes& shift, const Period& employment,
                                              std::span<const GrantWindow> grants) const {
    if (shift.start_minute < 0 || shift.start_minute >= minutes_per_day)
        throw ValidationError("start", Message{MessageCode::shift_start_not_a_time, {}});
    if (shift.end_minute <= shift.start_minute)
        throw ValidationError("end", Message{MessageCode::shift_end_before_start,
                                             {format_clock(shift.end_minute), format_clock(shift.start_minute)}});
    const sys_days first_day{shift.date};
    auto instant = [&](int minute, const char* field) {
        auto utc = clock_.to_utc(first_day, minute);
        if (!utc)
            throw ValidationError(
                field, Message{MessageCode::clock_time_missing_in_dst,
                               {format_clock(minute),
                                format_danish_date(Date{first_day + date::days{minute / minutes_per_day}})}});
        return *utc;
    };

    ShiftClassification c;
    c.start_utc = instant(shift.start_minute, "start");
    c.end_utc = instant(shift.end_minute, "end");
    c.minutes = static_cast<int>((c.end_utc - c.start_utc).count());
    if (c.minutes <= 0) throw ValidationError("end", Message{MessageCode::shift_end_not_after_start, {}});
    if (c.minutes > max_shift_minutes)
        throw ValidationError("end", Message{MessageCode::shift_too_long, {format_hours(hours_of_minutes(c.minutes))}});

    const Date last_day{first_day + date::days{(shift.end_minute - 1) / minutes_per_day}};
    if (!employment.contains(shift.date) || !employment.contains(last_day))
        throw ValidationError("date", Message{MessageCode::shift_outside_employment,
                                              {format_danish_date(shift.date), format_danish_date(employment.from),
                                               employment.to ? format_danish_date(*employment.to) : ""}});

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
        const std::optional<PayWindow> window = window_on(grants, Date{day});
        const bool weekend = date::weekday{day}.c_encoding() == 0 || date::weekday{day}.c_encoding() == 6;
        if (!window)
            rule.whole_day = Exclusion::outside_grant;
        else if ((rule.holiday = holidays_.holiday(day)))
            rule.whole_day = Exclusion::public_holiday;
        else if (weekend && !window->weekends)
            rule.whole_day = Exclusion::weekend;

        int piece_end = day_end;
        ExcludedPart part{rule.whole_day.value_or(Exclusion::weekend), rule.holiday, 0};
        bool excluded = rule.whole_day.has_value();
        if (!excluded) {
            const int window_start = day_start + window->start_minute;
            const int window_end = day_start + window->end_minute;
            if (cursor < window_start) {
                piece_end = std::min(day_end, window_start);
                part.reason = Exclusion::before_window;
                excluded = true;
            } else if (cursor < window_end) {
                piece_end = std::min(day_end, window_end);
            } else {
                part.reason = Exclusion::after_window;
                excluded = true;
            }
            // A grant's own window is named with the part, so its reason reads right.
            if (excluded && (window->start_minute != policy_.window_start_minute ||
                             window->end_minute != policy_.window_end_minute)) {
                part.window_start = window->start_minute;
                part.window_end = window->end_minute;
            }
        }
        const UtcMinutes piece_end_utc = piece_end == shift.end_minute ? c.end_utc : instant(piece_end, "end");
        part.minutes = static_cast<int>((piece_end_utc - cursor_utc).count());
        if (excluded) add_excluded(c, part);
        else c.subsidisable_minutes += part.minutes;
        cursor = piece_end;
        cursor_utc = piece_end_utc;
    }
    return c;
}

} // namespace hjt
