#include <catch2/catch.hpp>

#include "domain/holidays.h"

using namespace hjt;
using namespace date::literals;

namespace {
std::string holiday_on(const HolidayCalendar& calendar, Date d) {
    const std::string* name = calendar.holiday(date::sys_days{d});
    return name ? *name : "";
}
} // namespace

TEST_CASE("holidays: Easter by the computus", "[shifts][holidays]") {
    CHECK(easter_sunday(2023) == 2023_y / date::April / 9);
    CHECK(easter_sunday(2024) == 2024_y / date::March / 31);
    CHECK(easter_sunday(2026) == 2026_y / date::April / 5);
    CHECK(easter_sunday(2038) == 2038_y / date::April / 25);  // the latest possible date
    CHECK(easter_sunday(2285) == 2285_y / date::March / 22);  // the earliest possible date
}

TEST_CASE("holidays: the Easter-based days of 2026", "[shifts][holidays]") {
    HolidayCalendar calendar{Policy{}};
    CHECK(holiday_on(calendar, 2026_y / date::April / 2) == "Skærtorsdag");
    CHECK(holiday_on(calendar, 2026_y / date::April / 3) == "Langfredag");
    CHECK(holiday_on(calendar, 2026_y / date::April / 5) == "Påskedag");
    CHECK(holiday_on(calendar, 2026_y / date::April / 6) == "2. påskedag");
    CHECK(holiday_on(calendar, 2026_y / date::May / 14) == "Kristi himmelfartsdag");
    CHECK(holiday_on(calendar, 2026_y / date::May / 24) == "Pinsedag");
    CHECK(holiday_on(calendar, 2026_y / date::May / 25) == "2. pinsedag");
    CHECK(holiday_on(calendar, 2026_y / date::April / 1) == "");
}

TEST_CASE("holidays: Store Bededag is a holiday in 2023 and not from 2024", "[shifts][holidays]") {
    HolidayCalendar calendar{Policy{}};
    CHECK(holiday_on(calendar, 2023_y / date::May / 5) == "Store bededag");
    CHECK(holiday_on(calendar, 2024_y / date::April / 26) == "");
}

TEST_CASE("holidays: 5 June, 24 and 31 December only when the policy says so", "[shifts][holidays]") {
    HolidayCalendar plain{Policy{}};
    CHECK(holiday_on(plain, 2026_y / date::June / 5) == "");
    CHECK(holiday_on(plain, 2026_y / date::December / 24) == "");
    CHECK(holiday_on(plain, 2026_y / date::December / 25) == "Juledag");
    CHECK(holiday_on(plain, 2026_y / date::January / 1) == "Nytårsdag");

    Policy generous;
    generous.constitution_day_is_holiday = true;
    generous.christmas_eve_is_holiday = true;
    generous.new_years_eve_is_holiday = true;
    HolidayCalendar calendar{generous};
    CHECK(holiday_on(calendar, 2026_y / date::June / 5) == "Grundlovsdag");
    CHECK(holiday_on(calendar, 2026_y / date::December / 24) == "Juleaftensdag");
    CHECK(holiday_on(calendar, 2026_y / date::December / 31) == "Nytårsaftensdag");
    // Asking about years out of order keeps every year's answers right.
    CHECK(holiday_on(calendar, 2019_y / date::December / 31) == "Nytårsaftensdag");
    CHECK(holiday_on(calendar, 2031_y / date::December / 26) == "2. juledag");
    CHECK(holiday_on(calendar, 2026_y / date::June / 5) == "Grundlovsdag");
    CHECK(public_holidays(2023, generous).size() == 14);
    CHECK(public_holidays(2024, Policy{}).size() == 10);
}
