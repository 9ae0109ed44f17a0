#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "app/config_loader.h"
#include "domain/lost_earnings.h"

using namespace hjt;

// The project's own rate files: 2026 has no published lost-earnings cap, so
// the month computed with it is marked estimated; 2024's published cap is not.
TEST_CASE("lost earnings with the configured caps: 2026 is estimated, 2023 and 2024 are published", "[lost_earnings][config]") {
    const char* home = std::getenv("HJT_HOME");
    RateBook book = app::load_rate_book((std::filesystem::path(home ? home : ".") / "config").string());
    LostEarningsAward a;
    a.period = Period{date::year{2023} / 1 / 1, std::nullopt};
    a.monthly_income_before = Money::kroner(50000);
    a.hours_off_per_week = Hours::whole(37);
    Date birth = date::year{2015} / 1 / 1;

    LostEarningsMonth m2026 = compute_lost_earnings(a, birth, date::year{2026} / 3, book.year(2026));
    CHECK(m2026.cap_estimated);
    CHECK(m2026.benefit == Money::kroner(36671));
    LostEarningsMonth m2024 = compute_lost_earnings(a, birth, date::year{2024} / 3, book.year(2024));
    CHECK_FALSE(m2024.cap_estimated);
    CHECK(m2024.benefit == Money::kroner(35247));
    CHECK(compute_lost_earnings(a, birth, date::year{2023} / 3, book.year(2023)).benefit == Money::kroner(34055));
}
