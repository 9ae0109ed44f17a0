#include <catch2/catch.hpp>

#include "domain/danish_format.h"
#include "domain/local_time.h"

using namespace hjt;

TEST_CASE("amounts: every accepted input form", "[format][amount]") {
    struct Case { const char* text; std::int64_t ore; };
    for (auto c : {Case{"1234,56", 123456}, Case{"1.234,56", 123456}, Case{"1234.56", 123456}, Case{"-12,5", -1250},
                   Case{"0,05", 5}, Case{"7", 700}, Case{"-7", -700}, Case{"12,5", 1250}, Case{"0", 0},
                   Case{"1.234.567,89", 123456789}, Case{"999,99", 99999}, Case{"706.600,00", 70660000},
                   Case{"-1.234,56", -123456}, Case{"0.5", 50},
                   Case{"92.233.720.368.547.758,07", 9223372036854775807LL}}) {
        INFO(c.text);
        auto parsed = parse_amount(c.text);
        REQUIRE(parsed);
        CHECK(parsed->ore() == c.ore);
    }
}

TEST_CASE("amounts: malformed, ambiguous or too large input is refused", "[format][amount]") {
    for (const char* bad : {"", "abc", "1,2,3", "12,345", "1.234", "1,234", "1.234.567", "1234.567", "12,3a",
                            "12.", "12,", ",5", ".5", "-", "+5", "--5", " 12", "12 ", "1 234,00", "1.23.456,00",
                            "1234.5,00", "1.234.56", "12,3.4", "1.2345,00", "0,001",
                            "92.233.720.368.547.758,08", "100000000000000000"}) {
        INFO(bad);
        CHECK_FALSE(parse_amount(bad));
    }
}

TEST_CASE("amounts are shown Danish style", "[format][amount]") {
    CHECK(format_amount(Money::ore(123456)) == "1.234,56");
    CHECK(format_amount(Money::ore(-123456)) == "-1.234,56");
    CHECK(format_amount(Money::ore(5)) == "0,05");
    CHECK(format_amount(Money::ore(-5)) == "-0,05");
    CHECK(format_amount(Money()) == "0,00");
    CHECK(format_amount(Money::ore(99999)) == "999,99");
    CHECK(format_amount(Money::ore(100000)) == "1.000,00");
    CHECK(format_amount(Money::kroner(1000000)) == "1.000.000,00");
    CHECK(format_amount(Money::ore(INT64_MIN)) == "-92.233.720.368.547.758,08");
    CHECK(format_kroner(Money::ore(123456)) == "1.234,56 kr");
    CHECK(format_kroner(Money::ore(-912167)) == "-9.121,67 kr");
    // What is shown reads back as the same amount.
    CHECK(parse_amount(format_amount(Money::ore(-70660000))) == Money::ore(-70660000));
}

TEST_CASE("hours: decimal comma or point, at most 2 decimals, never negative", "[format][hours]") {
    CHECK(parse_hours("7,5") == Hours::hundredths(750));
    CHECK(parse_hours("7.5") == Hours::hundredths(750));
    CHECK(parse_hours("7") == Hours::whole(7));
    CHECK(parse_hours("38,99") == Hours::hundredths(3899));
    CHECK(parse_hours("1.234,50") == Hours::hundredths(123450));
    for (const char* bad : {"", "-1", "7,555", "7:30", "abc", "7,5 h"}) {
        INFO(bad);
        CHECK_FALSE(parse_hours(bad));
    }
    CHECK(format_hours(Hours::hundredths(750)) == "7,50");
    CHECK(format_hours(Hours::whole(117)) == "117,00");
    CHECK(format_hours(Hours::hundredths(-200)) == "-2,00");
}

TEST_CASE("rates: percentages shown with the decimals they have", "[format][rate]") {
    CHECK(format_rate(Rate::basis_points(1250)) == "12,5 %");
    CHECK(format_rate(Rate::basis_points(800)) == "8 %");
    CHECK(format_rate(Rate::basis_points(1234)) == "12,34 %");
    CHECK(format_rate(Rate::basis_points(5)) == "0,05 %");
    // Found by tests/fuzz/parse_values_fuzz: "1.254 %" did not read back ("1.254" is ambiguous).
    CHECK(format_rate(Rate::basis_points(125400)) == "1254 %");
    CHECK(parse_rate(format_rate(Rate::basis_points(125400))) == Rate::basis_points(125400));
    CHECK(format_rate(Rate::basis_points(125450)) == "1.254,5 %");
    CHECK(parse_rate("12,5") == Rate::basis_points(1250));
    CHECK(parse_rate("12,5 %") == Rate::basis_points(1250));
    CHECK(parse_rate("8%") == Rate::basis_points(800));
    CHECK(parse_rate("12.5") == Rate::basis_points(1250));
    for (const char* bad : {"", "%", "-1", "12,345", "12 ,5", "abc %"}) {
        INFO(bad);
        CHECK_FALSE(parse_rate(bad));
    }
}

TEST_CASE("dates: dd-mm-yyyy strictly, real dates only", "[format][date]") {
    CHECK(parse_danish_date("24-11-2026") == Date{date::year{2026}, date::November, date::day{24}});
    CHECK(parse_danish_date("29-02-2024") == Date{date::year{2024}, date::February, date::day{29}});
    for (const char* bad : {"29-02-2023", "31-04-2026", "00-01-2026", "01-13-2026", "1-2-2026", "01-02-26",
                            "2026-02-01", "01/02/2026", "01-02-2026 ", "", "aa-bb-cccc", "01-02-+026"}) {
        INFO(bad);
        CHECK_FALSE(parse_danish_date(bad));
    }
    CHECK(format_danish_date(Date{date::year{2026}, date::November, date::day{24}}) == "24-11-2026");
    CHECK(format_danish_date(Date{date::year{2024}, date::February, date::day{9}}) == "09-02-2024");
}

TEST_CASE("a typed date: dd-mm-yyyy as in every file, or yyyy-mm-dd, nothing else (issue 19)", "[format][date]") {
    const Date day{date::year{2026}, date::January, date::day{31}};
    CHECK(parse_typed_date("31-01-2026") == day);
    CHECK(parse_typed_date("2026-01-31") == day);
    for (const char* bad : {"31-02-2026", "2026-02-31", "31.01.2026", "31/01/2026", "1-1-2026", "260131", ""}) {
        INFO(bad);
        CHECK_FALSE(parse_typed_date(bad));
    }
}

TEST_CASE("local time: a stored UTC instant as read in Denmark, summer time and the repeated hour included",
          "[danish_format][local_time]") {
    CHECK(danish_local_time("2026-12-04T13:42:27Z") == "04-12-2026 kl. 14:42");  // CET, UTC+1
    CHECK(danish_local_time("2026-07-01T12:00:00Z") == "01-07-2026 kl. 14:00");  // CEST, UTC+2
    CHECK(danish_local_time("2026-03-29T00:59:00Z") == "29-03-2026 kl. 01:59");  // the last minute before 02:00 is skipped
    CHECK(danish_local_time("2026-03-29T01:00:00Z") == "29-03-2026 kl. 03:00");
    CHECK(danish_local_time("2026-10-25T00:30:00Z") == "25-10-2026 kl. 02:30");  // the hour that comes twice: first
    CHECK(danish_local_time("2026-10-25T01:30:00Z") == "25-10-2026 kl. 02:30");  // ... and again
    CHECK(danish_local_time("2026-12-31T23:30:00Z") == "01-01-2027 kl. 00:30");  // the new year comes first here
    CHECK(danish_local_time("") == "");
    CHECK(danish_local_time("not a time") == "not a time");
}
