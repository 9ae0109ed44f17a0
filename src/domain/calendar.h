// Calendar dates, months and periods of validity (date library, civil dates
// in Europe/Copenhagen), month proration and the 18th-birthday end of support.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/exact.h"

namespace hjt {

using Date = date::year_month_day;
using Month = date::year_month;

// A closed range of days; an open end means "until further notice".
struct Period {
    Date from;
    std::optional<Date> to;

    bool contains(Date d) const;
};

Date first_day(Month m);
// 1 January of `year`: the day a year-long setting (domain/policy_changes.h) is read on.
Date first_day_of_year(int year);
Date last_day(Month m);
int days_in_month(Month m);
Month month_of(Date d);

// d/D: the days of month m covered by the period, over the days of the month.
// 0/D when the period does not touch the month.
Fraction covered_fraction(Month m, const Period& p);
// The same for the intersection of two periods (e.g. grant version ∩ support age).
std::optional<Period> intersect(const Period& a, const Period& b);

// Support ends the day before the 18th birthday. A child born on 29 February
// has its birthday on 1 March in common years, so support ends 28 February.
Date support_end(Date birth);

// ISO text: yyyy-mm-dd and yyyy-mm; used in storage, JSON and the CLI.
std::string iso(Date d);
std::string iso(Month m);
// Strict ISO parsing: nullopt when malformed or not a real date.
std::optional<Date> parse_iso_date(const std::string& text);
std::optional<Month> parse_iso_month(const std::string& text);
// Closed periods as text "2024-07-01..2024-07-19, 2024-10-14..2024-10-18"
// (separated by "," or ";", spaces ignored; empty text: none), each date read
// by `parse_date` (an import reads Danish dates). nullopt when one is
// malformed or ends before it starts.
using DateParser = std::optional<Date> (*)(const std::string&);
std::optional<std::vector<Period>> parse_period_list(const std::string& text, DateParser parse_date = parse_iso_date);
std::string period_list_text(const std::vector<Period>& periods);

} // namespace hjt
