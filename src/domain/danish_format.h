// Danish display and input of amounts, hours and dates (domain.md §3):
// output "1.234,56 kr"; input accepts "1234,56", "1.234,56" and "1234.56".
#pragma once

#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/units.h"

namespace hjt {

std::string format_amount(Money m);     // "-1.234,56"
std::string format_kroner(Money m);     // "1.234,56 kr": the only writer of the unit (one form, "kr")
std::string in_kroner(const std::string& amount);  // "<amount> kr", for an amount already formatted
// An exact price in hundredths of øre: 1 578 750 -> "157,875" (two to four
// decimals: those beyond the øre only when they are not zero).
std::string format_exact_amount(std::int64_t ore100);
std::string format_hourly_price(std::int64_t ore100);  // "157,875 kr"
// Accepts an optional "-", then either a decimal comma ("1234,56", and with
// thousands dots in groups of three: "1.234,56") or a decimal point with no
// thousands separators ("1234.56"). At most 2 decimals. Refused (nullopt):
// "", "abc", "1,2,3", "12,345" and "1.234" (a point followed by three digits
// is ambiguous: write "1.234,00" or "1234"), spaces, and amounts beyond int64 øre.
std::optional<Money> parse_amount(const std::string& text);

std::string format_hours(Hours h);      // "7,50"
// "7,5", "7.5", "7", "1.234,50": the amount grammar without a sign (a duration is never negative).
std::optional<Hours> parse_hours(const std::string& text);

std::string format_rate(Rate r);        // "12,5 %"
// "12,5", "12,5 %", "8%", "12.5": a percentage (not negative) with at most 2 decimals, as basis points.
std::optional<Rate> parse_rate(const std::string& text);

std::string format_danish_date(Date d);                        // "24-11-2026"
std::string danish_month(Month month);                         // "marts 2026"
// "januar 2026, februar 2026": the months in the given order (a std::set: ascending).
template <typename Months>
std::string danish_months(const Months& months) {
    std::string text;
    for (Month m : months) text += (text.empty() ? "" : ", ") + danish_month(m);
    return text;
}
std::optional<Date> parse_danish_date(const std::string& text); // "dd-mm-yyyy", real dates only
// A date as a person types it on the command line: dd-mm-yyyy (as in every
// CSV hjt reads and writes) or yyyy-mm-dd. Real dates only.
std::optional<Date> parse_typed_date(const std::string& text);

} // namespace hjt
