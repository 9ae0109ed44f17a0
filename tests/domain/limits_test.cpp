// The documented input ranges (domain/limits.h): each refusal names the field,
// carries the code "out_of_range" and says the range in Danish.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/limits.h"
#include "test_dates.h"

using namespace hjt;

namespace {

template <class Call>
void require_out_of_range(const std::string& field, const std::string& words, Call call) {
    try {
        call();
        FAIL("accepted, expected out_of_range on " << field);
    } catch (const ValidationError& e) {
        CHECK(e.field() == field);
        CHECK(e.code() == "out_of_range");
        CHECK(std::string(e.what()).find(words) != std::string::npos);
    }
}

using hjt::testing::ymd;

} // namespace

TEST_CASE("a year is range checked as received, before it becomes an int", "[limits]") {
    // Issue 16 item 3: {"year": 4294969322} was cut to 2026 (2^32 + 2026) and accepted.
    require_out_of_range("year", "mellem 2000 og 2099, fik 4294969322",
                         [] { limits::checked_year(4294969322LL, "year"); });
    require_out_of_range("year", "fik 1999", [] { limits::checked_year(1999, "year"); });
    require_out_of_range("year", "fik 2100", [] { limits::checked_year(2100, "year"); });
    CHECK(limits::checked_year(2000, "year") == 2000);
    CHECK(limits::checked_year(2099, "year") == 2099);
    require_out_of_range("date", "skal være mellem 01-01-2000 og 31-12-2099, fik 31-12-1999",
                         [] { limits::check_date_year(ymd(1999, 12, 31), "date"); });
    CHECK_NOTHROW(limits::check_date_year(ymd(2026, 2, 28), "date"));
}

TEST_CASE("amounts, hours and rates outside their ranges are refused, the ends are accepted", "[limits]") {
    require_out_of_range("hourly_wage", "mellem 0,01 kr og 2.000,00 kr, fik 92.233.720.368.547.758,07 kr", [] {
        limits::check(limits::kHourlyWage, Money::ore(std::numeric_limits<std::int64_t>::max()), "hourly_wage");
    });
    require_out_of_range("hourly_wage", "fik 0,00 kr", [] { limits::check(limits::kHourlyWage, Money{}, "hourly_wage"); });
    CHECK_NOTHROW(limits::check(limits::kHourlyWage, Money::kroner(2000), "hourly_wage"));
    CHECK_NOTHROW(limits::check(limits::kHourlyWage, Money::ore(1), "hourly_wage"));

    require_out_of_range("weekly_hours", "mellem 0,01 timer og 168,00 timer, fik 168,01 timer",
                         [] { limits::check(limits::kWeeklyHours, Hours::hundredths(16801), "weekly_hours"); });
    CHECK_NOTHROW(limits::check(limits::kWeeklyHours, Hours::whole(168), "weekly_hours"));

    require_out_of_range("tax_card.withholding", "mellem 0 % og 100 %, fik 100,01 %", [] {
        limits::check(limits::kPercentage, Rate::basis_points(10001), "tax_card.withholding");
    });
    CHECK_NOTHROW(limits::check(limits::kPercentage, Rate::basis_points(10000), "tax_card.withholding"));

    // Sums of a million amounts at the ceiling still fit int64 øre.
    CHECK(limits::kAmountCeiling.ore() < std::numeric_limits<std::int64_t>::max() / 1'000'000);
}
