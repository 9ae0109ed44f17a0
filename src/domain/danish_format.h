// Danish display and input of amounts, hours and dates (domain.md §3):
// output "1.234,56 kr"; input accepts "1234,56", "1.234,56" and "1234.56".
#pragma once

#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/units.h"

namespace hjt {

std::string format_amount(Money m);     // "-1.234,56"
std::string format_kroner(Money m);     // "1.234,56 kr"
std::optional<Money> parse_amount(const std::string& text);  // at most 2 decimals; nullopt if malformed

std::string format_hours(Hours h);      // "7,50"
std::optional<Hours> parse_hours(const std::string& text);   // "7,5", "7.5", "7"; at most 2 decimals

std::string format_rate(Rate r);        // "12,5 %"

std::string format_danish_date(Date d);                        // "24-11-2026"
std::optional<Date> parse_danish_date(const std::string& text); // "dd-mm-yyyy", real dates only

} // namespace hjt
