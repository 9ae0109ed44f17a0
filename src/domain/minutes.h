// Minutes as hjt meets them: a wall-clock time of day written "HH:MM" (shifts,
// the subsidy windows of the policy and of grant versions) and worked minutes
// turned into hours. One parser with one set of rules for every clock time,
// and one rounding from minutes to hundredths of an hour.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/messages.h"

#include "domain/units.h"

namespace hjt {

inline constexpr int kMinutesPerDay = 24 * 60;

// How a clock time may be spelt. People typing a shift may write "8:15" or
// "08.15"; settings files, which hjt also writes, hold exactly "HH:MM".
enum class ClockSpelling {
    exact,     // "HH:MM"
    as_typed,  // also "H:MM", "HH.MM", "H.MM"
};

// Minutes after midnight: hours 00–23, minutes 00–59, digits only; "24:00" (1440,
// the end of the day) only when `end_of_day_allowed`. nullopt when malformed.
std::optional<int> parse_clock(const std::string& text, bool end_of_day_allowed,
                               ClockSpelling spelling = ClockSpelling::as_typed);
// The same, or a ValidationError naming `field` with a Danish message.
int clock_or_refuse(const std::string& text, const std::string& field, bool end_of_day_allowed);
// The refusal for a text that is not a clock time: "\"25:00\" er ikke et klokkeslæt tt:mm (00:00–23:59)".
Message not_a_clock(const std::string& text, bool end_of_day_allowed);

std::string format_clock(int minute_of_day);  // "07:05"; 1440 and up wrap to the next day's clock
std::string format_end_clock(int minute_of_day);  // the same, but the end of the day (1440) is "24:00"

// Worked minutes as hours: hundredths, rounded once, half away from zero
// (20 min = 0,33 h, 40 min = 0,67 h). Payslips, statements and reconciliations alike.
Hours hours_of_minutes(std::int64_t minutes);

} // namespace hjt
