// A value per calendar day, computed a whole year at a time on first use and
// then looked up by index: classifying millions of shifts asks about the same
// few years over and over, so each question must cost an array access.
// Not thread-safe: one table per thread.
#pragma once

#include <date/date.h>

#include <functional>
#include <vector>

namespace hjt {

template <class T>
class DayTable {
public:
    // `year_values(y)` gives one value per day of year y, 1 January first.
    explicit DayTable(std::function<std::vector<T>(date::year)> year_values) : year_values_(std::move(year_values)) {}

    const T& at(date::sys_days day) const {
        auto index = (day - first_).count();
        if (days_.empty() || index < 0 || index >= static_cast<long>(days_.size())) {
            cover(day);
            index = (day - first_).count();
        }
        return days_[index];
    }

private:
    static date::sys_days new_year(date::year y) { return date::sys_days{y / date::January / 1}; }

    // Grows the table by whole years so that it reaches `day`, keeping it
    // contiguous. Later years are appended in place; earlier ones (rare) are
    // put in front with one copy.
    void cover(date::sys_days day) const {
        const date::year wanted = date::year_month_day{day}.year();
        if (days_.empty()) {
            days_ = year_values_(wanted);
            first_ = new_year(wanted);
            return;
        }
        const date::year first = date::year_month_day{first_}.year();
        const date::year last = date::year_month_day{first_ + date::days{static_cast<long>(days_.size()) - 1}}.year();
        for (date::year y = last + date::years{1}; y <= wanted; ++y) {
            auto values = year_values_(y);
            days_.insert(days_.end(), values.begin(), values.end());
        }
        if (wanted < first) {
            std::vector<T> earlier;
            for (date::year y = wanted; y < first; ++y) {
                auto values = year_values_(y);
                earlier.insert(earlier.end(), values.begin(), values.end());
            }
            days_.insert(days_.begin(), earlier.begin(), earlier.end());
            first_ = new_year(wanted);
        }
    }

    std::function<std::vector<T>(date::year)> year_values_;
    mutable std::vector<T> days_;
    mutable date::sys_days first_{};
};

} // namespace hjt
