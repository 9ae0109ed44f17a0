#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "app/config_loader.h"
#include "domain/lost_earnings.h"

using namespace hjt;

namespace {

RateBook config_book() {
    const char* home = std::getenv("HJT_HOME");
    return app::load_rate_book((std::filesystem::path(home ? home : ".") / "config").string());
}

LostEarningsAward award_from(Date from, std::int64_t income_kroner, Hours hours) {
    LostEarningsAward a;
    a.period = Period{from, std::nullopt};
    a.monthly_income_before = Money::kroner(income_kroner);
    a.hours_off_per_week = hours;
    a.normal_weekly_hours = hours;
    return a;
}

const Date kBirth = date::year{2015} / 1 / 1;

} // namespace

// The project's own rate files: 2026 has no published lost-earnings cap, so
// the month computed with it is marked estimated; 2024's published cap is not.
TEST_CASE("lost earnings with the configured caps: 2026 is estimated, 2023 and 2024 are published", "[lost_earnings][config]") {
    RateBook book = config_book();
    LostEarningsTerms terms{regulation_series(book), false};
    LostEarningsAward a = award_from(date::year{2023} / 1 / 1, 50000, Hours::whole(37));
    const Date birth = kBirth;

    LostEarningsMonth m2026 = compute_lost_earnings(a, birth, date::year{2026} / 3, book.year(2026), terms);
    CHECK(m2026.cap_estimated);
    CHECK(m2026.atp_estimated);  // 2026's ATP table is not yet confirmed
    CHECK(m2026.benefit == Money::kroner(37104));  // 35.247 × 1,026² = 37.103,67
    LostEarningsMonth m2024 = compute_lost_earnings(a, birth, date::year{2024} / 3, book.year(2024), terms);
    CHECK_FALSE(m2024.cap_estimated);
    CHECK(m2024.benefit == Money::kroner(35247));
    CHECK_FALSE(compute_lost_earnings(a, birth, date::year{2025} / 3, book.year(2025), terms).atp_estimated);
    CHECK(compute_lost_earnings(a, birth, date::year{2023} / 3, book.year(2023), terms).benefit == Money::kroner(34055));
}

TEST_CASE("the configured satsreguleringsprocent regulates a benefit from each following 1 January",
          "[lost_earnings][config]") {
    RateBook book = config_book();
    LostEarningsTerms terms{regulation_series(book), false};
    for (int year = 2019; year <= 2026; ++year) {
        INFO(year);
        REQUIRE(book.year(year).satsregulering);
        CHECK_FALSE(book.year(year).satsregulering->source.empty());
    }
    CHECK_FALSE(book.year(2022).satsregulering->estimated);
    CHECK(book.year(2022).satsregulering->rate == Rate::basis_points(120));
    CHECK(book.year(2025).satsregulering->estimated);
    LostEarningsAward a = award_from(date::year{2024} / 6 / 1, 20000, Hours::whole(30));
    LostEarningsMonth m = compute_lost_earnings(a, kBirth, date::year{2025} / 2, book.year(2025), terms);
    CHECK(m.benefit == Money::kroner(20720));  // 20.000 × 1,036
    CHECK(m.regulation_estimated);
}
