#include <catch2/catch.hpp>

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
