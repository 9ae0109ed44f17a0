#include <catch2/catch.hpp>

#include "domain/calendar.h"
#include "domain/danish_format.h"
#include "domain/shift_times.h"
#include "test_dates.h"

using namespace hjt;

namespace {
using hjt::testing::ymd;
using hjt::testing::ym;
void check_fraction(Fraction f, std::int64_t numerator, std::int64_t denominator) {
    CHECK(f.numerator == numerator);
    CHECK(f.denominator == denominator);
}
}

TEST_CASE("covered fraction d/D at month boundaries", "[calendar]") {
    // Worked example (domain.md §4): a grant from the 11th of a 30-day month covers 20/30.
    check_fraction(covered_fraction(ym(2026, 4), Period{ymd(2026, 4, 11), std::nullopt}), 20, 30);
    // First and last day of the month count as covered days.
    check_fraction(covered_fraction(ym(2026, 1), Period{ymd(2026, 1, 1), ymd(2026, 1, 31)}), 31, 31);
    check_fraction(covered_fraction(ym(2026, 1), Period{ymd(2026, 1, 31), std::nullopt}), 1, 31);
    check_fraction(covered_fraction(ym(2026, 1), Period{ymd(2025, 6, 1), ymd(2026, 1, 1)}), 1, 31);
    // A period spanning the turn of the month covers a day of each.
    Period turn{ymd(2026, 1, 31), ymd(2026, 2, 1)};
    check_fraction(covered_fraction(ym(2026, 1), turn), 1, 31);
    check_fraction(covered_fraction(ym(2026, 2), turn), 1, 28);
    // Ending the day before the month, or starting the day after it: nothing.
    check_fraction(covered_fraction(ym(2026, 2), Period{ymd(2025, 1, 1), ymd(2026, 1, 31)}), 0, 28);
    check_fraction(covered_fraction(ym(2026, 2), Period{ymd(2026, 3, 1), std::nullopt}), 0, 28);
}

TEST_CASE("covered fraction in a leap-year February has 29 days", "[calendar]") {
    check_fraction(covered_fraction(ym(2024, 2), Period{ymd(2024, 1, 1), std::nullopt}), 29, 29);
    check_fraction(covered_fraction(ym(2024, 2), Period{ymd(2024, 2, 11), std::nullopt}), 19, 29);
    check_fraction(covered_fraction(ym(2024, 2), Period{ymd(2024, 1, 1), ymd(2024, 2, 28)}), 28, 29);
    check_fraction(covered_fraction(ym(2023, 2), Period{ymd(2023, 1, 1), ymd(2023, 2, 28)}), 28, 28);
    CHECK(days_in_month(ym(2024, 2)) == 29);
    CHECK(days_in_month(ym(2100, 2)) == 28);  // divisible by 100, not by 400
    CHECK(days_in_month(ym(2000, 2)) == 29);
}

TEST_CASE("support ends the day before the 18th birthday", "[calendar]") {
    CHECK(support_end(ymd(2008, 5, 17)) == ymd(2026, 5, 16));
    CHECK(support_end(ymd(2008, 1, 1)) == ymd(2025, 12, 31));
    CHECK(support_end(ymd(2008, 3, 1)) == ymd(2026, 2, 28));
    // Born 29 February: the birthday in a common year is 1 March, so support ends 28 February.
    CHECK(support_end(ymd(2008, 2, 29)) == ymd(2026, 2, 28));
    CHECK(support_end(ymd(2000, 2, 29)) == ymd(2018, 2, 28));
}

TEST_CASE("ISO, Danish and clock texts are zero-padded at every width", "[calendar][format]") {
    CHECK(iso(ymd(2026, 3, 5)) == "2026-03-05");
    CHECK(iso(ymd(999, 12, 31)) == "0999-12-31");
    CHECK(iso(ymd(9999, 1, 1)) == "9999-01-01");
    // Beyond four digits the date library's own form is kept rather than a truncated year.
    CHECK(iso(ymd(10000, 1, 1)) == "10000-01-01");
    CHECK(format_danish_date(ymd(2024, 2, 29)) == "29-02-2024");
    CHECK(format_clock(0) == "00:00");
    CHECK(format_clock(7 * 60 + 5) == "07:05");
    CHECK(format_clock(23 * 60 + 59) == "23:59");
    CHECK(format_clock(24 * 60 + 90) == "01:30");  // a shift's end on the next morning
}
