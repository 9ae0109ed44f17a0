// One clock parser with one set of rules for shifts, the policy's window and
// grant windows; one rounding from worked minutes to hours.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/minutes.h"
#include "domain/shift_times.h"

using namespace hjt;

TEST_CASE("clock: the forms people type and the exact form of settings files", "[minutes][clock]") {
    for (const char* typed : {"08:15", "8:15", "08.15", "8.15"}) {
        INFO(typed);
        CHECK(parse_clock(typed, false) == 8 * 60 + 15);
    }
    CHECK(parse_clock("08:15", false, ClockSpelling::exact) == 8 * 60 + 15);
    for (const char* not_exact : {"8:15", "08.15", "8.15"}) {
        INFO(not_exact);
        CHECK_FALSE(parse_clock(not_exact, true, ClockSpelling::exact));
    }
}

TEST_CASE("clock: the same rules in both spellings", "[minutes][clock]") {
    for (auto spelling : {ClockSpelling::exact, ClockSpelling::as_typed}) {
        CHECK(parse_clock("00:00", false, spelling) == 0);
        CHECK(parse_clock("23:59", false, spelling) == 23 * 60 + 59);
        CHECK(parse_clock("24:00", true, spelling) == kMinutesPerDay);
        CHECK_FALSE(parse_clock("24:00", false, spelling));  // the end of the day is no start
        for (const char* bad : {"", "7", "07:60", "24:01", "25:00", "-1:00", "+7:00", "07:5", "07:000", "ab:cd",
                                "07 00", "07:0a", " 7:00"}) {
            INFO(bad);
            CHECK_FALSE(parse_clock(bad, true, spelling));
        }
    }
}

TEST_CASE("clock: a refused time names its field in Danish", "[minutes][clock]") {
    try {
        clock_or_refuse("25:00", "window.start", false);
        FAIL("25:00 was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "window.start");
        CHECK(std::string(e.what()) == "\"25:00\" er ikke et klokkeslæt tt:mm (00:00–23:59)");
        CHECK(e.code() == "not_a_clock");
    }
    try {
        parse_shift_times("10-03-2026", "09:00", "24:30");
        FAIL("24:30 was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "end");
        CHECK(std::string(e.what()) == "\"24:30\" er ikke et klokkeslæt tt:mm (00:00–24:00)");
    }
}

TEST_CASE("clock: written back as parsed", "[minutes][clock]") {
    CHECK(format_clock(7 * 60 + 5) == "07:05");
    CHECK(format_clock(kMinutesPerDay) == "00:00");
    CHECK(format_end_clock(kMinutesPerDay) == "24:00");
    CHECK(format_end_clock(16 * 60) == "16:00");
    for (int m = 0; m < kMinutesPerDay; m += 7) CHECK(parse_clock(format_clock(m), false, ClockSpelling::exact) == m);
}

TEST_CASE("worked minutes to hours: hundredths, half away from zero", "[minutes]") {
    CHECK(hours_of_minutes(0) == Hours());
    CHECK(hours_of_minutes(60) == Hours::whole(1));
    CHECK(hours_of_minutes(20) == Hours::hundredths(33));  // 0,333… h
    CHECK(hours_of_minutes(40) == Hours::hundredths(67));  // 0,666… h
    CHECK(hours_of_minutes(3) == Hours::hundredths(5));    // 0,05 exactly
    CHECK(hours_of_minutes(-20) == Hours::hundredths(-33));
}
