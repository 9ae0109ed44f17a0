// Every parser of typed text (amounts, hours, rates, Danish and ISO dates,
// months, clock times) on the same input. Each must refuse or accept without
// crashing, and what it accepts must come back unchanged through its
// formatter: parse(format(parse(x))) == parse(x).
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/calendar.h"
#include "domain/danish_format.h"
#include "domain/shift_times.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (auto amount = hjt::parse_amount(text)) FUZZ_CHECK(hjt::parse_amount(hjt::format_amount(*amount)) == amount);
    if (auto hours = hjt::parse_hours(text)) FUZZ_CHECK(hjt::parse_hours(hjt::format_hours(*hours)) == hours);
    if (auto rate = hjt::parse_rate(text)) FUZZ_CHECK(hjt::parse_rate(hjt::format_rate(*rate)) == rate);
    if (auto day = hjt::parse_danish_date(text))
        FUZZ_CHECK(hjt::parse_danish_date(hjt::format_danish_date(*day)) == day);
    if (auto day = hjt::parse_iso_date(text)) FUZZ_CHECK(hjt::parse_iso_date(hjt::iso(*day)) == day);
    if (auto month = hjt::parse_iso_month(text)) FUZZ_CHECK(hjt::parse_iso_month(hjt::iso(*month)) == month);
    for (bool end_of_day : {false, true})
        if (auto minute = hjt::parse_clock(text, end_of_day)) {
            FUZZ_CHECK(*minute >= 0 && *minute <= 24 * 60);
            // 24:00 is written as the next day's 00:00.
            if (*minute < 24 * 60) FUZZ_CHECK(hjt::parse_clock(hjt::format_clock(*minute), false) == minute);
        }
    return 0;
}
