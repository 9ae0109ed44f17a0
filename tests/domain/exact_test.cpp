#include <catch2/catch.hpp>

#include <limits>

#include "domain/errors.h"
#include "domain/exact.h"

using namespace hjt;

TEST_CASE("rounding is half away from zero, once per line", "[money]") {
    CHECK(divide_rounding_half_away(5, 10) == 1);
    CHECK(divide_rounding_half_away(-5, 10) == -1);
    CHECK(divide_rounding_half_away(4, 10) == 0);
    CHECK(divide_rounding_half_away(-15, 10) == -2);
    CHECK(divide_rounding_half_away(14, 10) == 1);
    CHECK(ExactMoney(2500, 1000).rounded() == Money::ore(3));
    CHECK(ExactMoney(-2500, 1000).rounded() == Money::ore(-3));
}

TEST_CASE("money times hours and rates stays exact until rounded", "[money]") {
    // 135,00 kr × 60 h = 8.100,00 kr
    CHECK((Money::ore(13500) * Hours::whole(60)).rounded() == Money::ore(810000));
    // 135,00 × 1,125 + 6,00 = 157,875 kr, kept exact
    ExactMoney hourly = Money::ore(13500) * Rate::basis_points(11250) + ExactMoney(Money::ore(600));
    CHECK(hourly.numerator() * 2 == 31575 * hourly.denominator());  // 15.787,5 øre
}

// Issue 16 item 3: money arithmetic must never wrap (domain.md §11).
TEST_CASE("money and hours arithmetic beyond int64 throws ArithmeticOverflow, never wraps", "[money][overflow]") {
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    CHECK_THROWS_AS(Money::ore(max) + Money::ore(1), ArithmeticOverflow);
    CHECK_THROWS_AS(Money::ore(min) - Money::ore(1), ArithmeticOverflow);
    CHECK_THROWS_AS(-Money::ore(min), ArithmeticOverflow);
    CHECK_THROWS_AS(Money::kroner(max / 100 + 1), ArithmeticOverflow);
    Money total = Money::ore(max - 1);
    CHECK_THROWS_AS(total += Money::ore(2), ArithmeticOverflow);
    CHECK(total == Money::ore(max - 1));  // unchanged after the refusal
    CHECK_THROWS_AS(total -= Money::ore(min), ArithmeticOverflow);
    CHECK_THROWS_AS(Hours::hundredths(max) + Hours::hundredths(1), ArithmeticOverflow);
    CHECK_THROWS_AS(Hours::whole(max), ArithmeticOverflow);
    CHECK(Money::ore(max) - Money::ore(max) == Money{});
    CHECK(Money::kroner(max / 100) == Money::ore(max / 100 * 100));
    try {
        (void)(Money::ore(max) + Money::ore(max));
    } catch (const ValidationError& e) {  // a domain error with a stable code, so the API answers 400
        CHECK(e.code() == "overflow");
        CHECK(e.field() == "amount");
    }
}

TEST_CASE("exact products and roundings beyond their range throw ArithmeticOverflow", "[money][overflow]") {
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    // A wage of int64 øre times hours is exact in 128 bits, but its rounded
    // line does not fit int64 øre.
    ExactMoney line = Money::ore(max) * Hours::whole(20);
    CHECK_THROWS_AS(line.rounded(), ArithmeticOverflow);
    // 128-bit products overflow too when chained far enough.
    ExactMoney big = ExactMoney(Money::ore(max));
    CHECK_THROWS_AS(big.times(max).times(max).times(max), ArithmeticOverflow);
    const Fraction huge{max, 1};
    CHECK_THROWS_AS(big * huge * huge * huge, ArithmeticOverflow);
    // At the edge the rounding is still exact and half away from zero.
    CHECK(ExactMoney(Money::ore(max)).rounded() == Money::ore(max));
    CHECK(ExactMoney(Money::ore(-max)).rounded() == Money::ore(-max));
    CHECK(divide_rounding_half_away(__int128{max} * 2 - 1, 2) == max);  // max − ½ rounds away from zero to max
    CHECK_THROWS_AS(divide_rounding_half_away(__int128{max} * 2 + 1, 2), ArithmeticOverflow);  // max + ½
}
