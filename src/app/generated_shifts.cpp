#include "app/generated_shifts.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "domain/danish_format.h"
#include "domain/holidays.h"

namespace hjt::app {

namespace {

constexpr int day_start_minute = 8 * 60;
constexpr int lane_minutes = 8 * 60;   // 08:00–16:00
constexpr int longest_shift = 4 * 60;

const GrantVersion* version_on(const Grant& grant, Date day) {
    const GrantVersion* in_force = nullptr;
    for (const auto& v : grant.versions)
        if (v.effective_from <= day) in_force = &v;
    return in_force;
}

void append_time(std::string& line, int minute) {
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
    line += text;
}

} // namespace

ShiftWriter::ShiftWriter(std::ostream& out, int year) : out_(out) {
    std::set<Date> holidays;
    for (const auto& h : public_holidays(year, Policy{})) holidays.insert(h.date);
    Date first{date::year{year}, date::January, date::day{1}};
    Date last{date::year{year}, date::December, date::day{31}};
    for (auto day = date::sys_days{first}; day <= date::sys_days{last}; day += date::days{1}) {
        Date d{day};
        days_.push_back(d);
        day_text_.push_back(format_danish_date(d));
        date::weekday weekday{day};
        training_day_.push_back(weekday != date::Saturday && weekday != date::Sunday && !holidays.count(d));
    }
}

int ShiftWriter::approved_minutes(const std::vector<Grant>& grants, Date day) const {
    long long hundredths = 0;
    for (const auto& g : grants)
        if (g.valid.contains(day))
            if (const auto* v = version_on(g, day)) hundredths += v->weekly_hours.hundredths();
    return static_cast<int>(hundredths * 60 / 100 / 5);
}

long long ShiftWriter::write_lane(const std::vector<const std::string*>& helpers, int day_index, int minutes) {
    long long written = 0;
    int start = day_start_minute;
    for (int block = 0; minutes > 0; ++block) {
        int length = std::min(minutes, longest_shift);
        line_ = *helpers[static_cast<std::size_t>(day_index + block) % helpers.size()];
        line_ += ';';
        line_ += day_text_[static_cast<std::size_t>(day_index)];
        line_ += ';';
        append_time(line_, start);
        line_ += ';';
        append_time(line_, start + length);
        line_ += '\n';
        out_ << line_;
        start += length;
        minutes -= length;
        ++written;
    }
    return written;
}

long long ShiftWriter::write_family(const std::vector<std::string>& helper_keys, const std::vector<Grant>& grants,
                                    SeededRandom& random) {
    if (helper_keys.empty()) return 0;
    std::size_t lanes = std::min<std::size_t>(helper_keys.size(), 2);
    std::vector<std::vector<const std::string*>> lane_helpers(lanes);
    for (std::size_t i = 0; i < helper_keys.size(); ++i) lane_helpers[i % lanes].push_back(&helper_keys[i]);

    // Three weeks of summer holiday starting in the first half of July, and Christmas.
    int summer_start = 181 + static_cast<int>(random.between(0, 13));
    auto on_holiday = [&](int day_index) {
        unsigned month = static_cast<unsigned>(days_[static_cast<std::size_t>(day_index)].month());
        unsigned day = static_cast<unsigned>(days_[static_cast<std::size_t>(day_index)].day());
        return (day_index >= summer_start && day_index < summer_start + 21) || (month == 12 && day >= 22);
    };

    long long written = 0;
    for (int i = 0; i < static_cast<int>(days_.size()); ++i) {
        if (!training_day_[static_cast<std::size_t>(i)] || on_holiday(i)) continue;
        int minutes = approved_minutes(grants, days_[static_cast<std::size_t>(i)]);
        // Split between the lanes in whole half hours; a lane holds 8 hours.
        int first = lanes == 2 && minutes > longest_shift ? (minutes / 2) / 30 * 30 : minutes;
        written += write_lane(lane_helpers[0], i, std::min(first, lane_minutes));
        if (lanes == 2) written += write_lane(lane_helpers[1], i, std::min(minutes - first, lane_minutes));
    }
    return written;
}

} // namespace hjt::app
