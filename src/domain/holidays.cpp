#include "domain/holidays.h"

#include <algorithm>
#include <mutex>
#include <set>

namespace hjt {

using date::sys_days;

namespace names {
const std::string new_years_day = "Nytårsdag";
const std::string maundy_thursday = "Skærtorsdag";
const std::string good_friday = "Langfredag";
const std::string easter_sunday = "Påskedag";
const std::string easter_monday = "2. påskedag";
const std::string great_prayer_day = "Store bededag";
const std::string ascension_day = "Kristi himmelfartsdag";
const std::string whit_sunday = "Pinsedag";
const std::string whit_monday = "2. pinsedag";
const std::string constitution_day = "Grundlovsdag";
const std::string christmas_eve = "Juleaftensdag";
const std::string christmas_day = "Juledag";
const std::string boxing_day = "2. juledag";
const std::string new_years_eve = "Nytårsaftensdag";
const std::string* all[] = {&new_years_day,  &maundy_thursday, &good_friday,      &easter_sunday, &easter_monday,
                            &great_prayer_day, &ascension_day, &whit_sunday,      &whit_monday,   &constitution_day,
                            &christmas_eve,  &christmas_day,   &boxing_day,       &new_years_eve};
} // namespace names

const std::string* holiday_name(const std::string& text) {
    for (const std::string* name : names::all)
        if (*name == text) return name;
    // The policy's own days: few, named in config, so kept for good. A set's
    // elements do not move, so the pointers stay valid.
    static std::mutex guard;
    static std::set<std::string> policy_days;
    std::lock_guard lock(guard);
    return &*policy_days.insert(text).first;
}

Date easter_sunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date{date::year{year}, date::month{static_cast<unsigned>(month)}, date::day{static_cast<unsigned>(day)}};
}

std::vector<Holiday> public_holidays(int year, const Policy& policy) {
    const date::year y{year};
    const sys_days easter{easter_sunday(year)};
    auto from_easter = [&](int days, const std::string& name) { return Holiday{Date{easter + date::days{days}}, &name}; };

    std::vector<Holiday> days = {
        {y / date::January / 1, &names::new_years_day},
        from_easter(-3, names::maundy_thursday),
        from_easter(-2, names::good_friday),
        from_easter(0, names::easter_sunday),
        from_easter(1, names::easter_monday),
        from_easter(39, names::ascension_day),
        from_easter(49, names::whit_sunday),
        from_easter(50, names::whit_monday),
        {y / date::December / 25, &names::christmas_day},
        {y / date::December / 26, &names::boxing_day},
    };
    // Abolished from 2024 (lov nr. 138 af 28. februar 2023).
    if (year <= 2023) days.push_back(from_easter(26, names::great_prayer_day));
    if (policy.constitution_day_is_holiday) days.push_back({y / date::June / 5, &names::constitution_day});
    if (policy.christmas_eve_is_holiday) days.push_back({y / date::December / 24, &names::christmas_eve});
    if (policy.new_years_eve_is_holiday) days.push_back({y / date::December / 31, &names::new_years_eve});
    for (const auto& extra : policy.extra_days) {
        const Date day = y / date::month{extra.month} / date::day{extra.day};
        // A day that is already a holiday keeps its statutory name.
        if (std::none_of(days.begin(), days.end(), [&](const Holiday& h) { return h.date == day; }))
            days.push_back({day, holiday_name(extra.name)});
    }

    std::sort(days.begin(), days.end(),
              [](const Holiday& a, const Holiday& b) { return sys_days{a.date} < sys_days{b.date}; });
    return days;
}

HolidayCalendar::HolidayCalendar(const Policy& policy)
    : days_([policy](date::year y) {
          const sys_days new_year{y / date::January / 1};
          std::vector<const std::string*> by_day(y.is_leap() ? 366 : 365, nullptr);
          for (const auto& h : public_holidays(static_cast<int>(y), policy))
              by_day[(sys_days{h.date} - new_year).count()] = h.name;
          return by_day;
      }) {}

} // namespace hjt
