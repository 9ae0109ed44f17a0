#include "domain/calendar.h"

#include <algorithm>
#include <cstdio>

#include "domain/digits.h"

namespace hjt {

using date::sys_days;

bool Period::contains(Date d) const {
    return sys_days{d} >= sys_days{from} && (!to || sys_days{d} <= sys_days{*to});
}

Date first_day(Month m) { return m / date::day{1}; }
Date first_day_of_year(int year) { return date::year{year} / date::January / date::day{1}; }
Date last_day(Month m) { return Date{m / date::last}; }
int days_in_month(Month m) { return static_cast<int>(static_cast<unsigned>(last_day(m).day())); }
Month month_of(Date d) { return d.year() / d.month(); }

std::optional<Period> intersect(const Period& a, const Period& b) {
    Date from = sys_days{a.from} >= sys_days{b.from} ? a.from : b.from;
    std::optional<Date> to;
    if (a.to && b.to) to = sys_days{*a.to} <= sys_days{*b.to} ? *a.to : *b.to;
    else to = a.to ? a.to : b.to;
    if (to && sys_days{*to} < sys_days{from}) return std::nullopt;
    return Period{from, to};
}

Fraction covered_fraction(Month m, const Period& p) {
    int total = days_in_month(m);
    auto covered = intersect(Period{first_day(m), last_day(m)}, p);
    if (!covered) return Fraction{0, total};
    auto days = (sys_days{*covered->to} - sys_days{covered->from}).count() + 1;
    return Fraction{days, total};
}

Date support_end(Date birth) {
    auto eighteen = birth.year() + date::years{18};
    Date birthday = eighteen / birth.month() / birth.day();
    if (!birthday.ok()) birthday = eighteen / date::March / 1;
    return Date{sys_days{birthday} - date::days{1}};
}

std::string iso(Date d) {
    const int year = static_cast<int>(d.year());
    if (year < 0 || year > 9999) return date::format("%F", sys_days{d}); // not four digits: the library's form
    char text[10];
    put_padded(text, static_cast<unsigned>(year), 4);
    text[4] = text[7] = '-';
    put_padded(text + 5, static_cast<unsigned>(d.month()), 2);
    put_padded(text + 8, static_cast<unsigned>(d.day()), 2);
    return std::string(text, sizeof text);
}

std::string iso(Month m) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(m.year()),
                  static_cast<unsigned>(m.month()));
    return buffer;
}

namespace {
// Digits at fixed places, everything else exact: no signs, spaces or extras.
bool digits_at(const std::string& text, std::initializer_list<int> dash_positions) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool dash = std::find(dash_positions.begin(), dash_positions.end(), static_cast<int>(i)) !=
                    dash_positions.end();
        if (dash ? text[i] != '-' : (text[i] < '0' || text[i] > '9')) return false;
    }
    return true;
}
} // namespace

std::optional<Date> parse_iso_date(const std::string& text) {
    if (text.size() != 10 || !digits_at(text, {4, 7})) return std::nullopt;
    Date d{date::year{std::stoi(text.substr(0, 4))}, date::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
           date::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    if (!d.ok()) return std::nullopt;
    return d;
}

std::optional<Month> parse_iso_month(const std::string& text) {
    if (text.size() != 7 || !digits_at(text, {4})) return std::nullopt;
    Month m{date::year{std::stoi(text.substr(0, 4))}, date::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))}};
    if (!m.ok()) return std::nullopt;
    return m;
}

std::optional<std::vector<Period>> parse_period_list(const std::string& text, DateParser parse_date) {
    std::vector<Period> periods;
    std::string item;
    auto take = [&]() -> bool {
        std::string compact;
        for (char c : item)
            if (c != ' ' && c != '\t') compact += c;
        item.clear();
        if (compact.empty()) return true;
        auto dots = compact.find("..");
        if (dots == std::string::npos) return false;
        auto from = parse_date(compact.substr(0, dots));
        auto to = parse_date(compact.substr(dots + 2));
        if (!from || !to || date::sys_days{*to} < date::sys_days{*from}) return false;
        periods.push_back(Period{*from, *to});
        return true;
    };
    for (char c : text) {
        if (c == ',' || c == ';') {
            if (!take()) return std::nullopt;
        } else {
            item += c;
        }
    }
    if (!take()) return std::nullopt;
    return periods;
}

std::string period_list_text(const std::vector<Period>& periods) {
    std::string text;
    for (const Period& p : periods)
        text += (text.empty() ? "" : ", ") + iso(p.from) + ".." + iso(p.to.value_or(p.from));
    return text;
}

} // namespace hjt
