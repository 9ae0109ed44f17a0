#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "store/rates_store.h"
#include "store/scratch_database.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

YearRates sample_year(int year, bool estimated_cap) {
    YearRates r;
    r.year = year;
    r.home_training_cap = MoneyFigure{Money::kroner(706600), estimated_cap, "cap source"};
    r.holiday_pay_source = "Ferieloven";
    r.am_bidrag_source = "AM-bidrag";
    r.atp = {{Hours(), Money(), Money()},
             {Hours::whole(39), Money::ore(3300), Money::ore(6600)},
             {Hours::whole(78), Money::ore(6600), Money::ore(13200)},
             {Hours::whole(117), Money::ore(9900), Money::ore(19800)}};
    r.atp_source = "ATP 2024";
    return r;
}

} // namespace

TEST_CASE("a rate book is stored and read back figure for figure", "[store][rates]") {
    ScratchDatabase scratch("rates_round_trip");
    RateBook book;
    book.add(sample_year(2024, false));
    book.add(sample_year(2025, true));
    store::save_rates(scratch.sql(), book);

    CHECK(store::stored_rate_years(scratch.sql()) == std::set<int>{2024, 2025});
    CHECK(scratch.count("rate_values") == 2 * 15);  // 1 cap + 2 rates + 4 brackets × 3
    RateBook loaded = store::load_rates(scratch.sql());
    const YearRates& y = loaded.year(2025);
    CHECK(y.home_training_cap->amount == Money::ore(70660000));
    CHECK(y.home_training_cap->estimated);
    CHECK(y.home_training_cap->source == "cap source");
    CHECK_FALSE(y.lost_earnings_cap);
    CHECK(y.holiday_pay == Rate::basis_points(1250));
    CHECK(y.am_bidrag_source == "AM-bidrag");
    REQUIRE(y.atp.size() == 4);
    CHECK(y.atp[2].from_hours == Hours::whole(78));
    CHECK(y.atp[2].employer == Money::ore(13200));
    CHECK(y.atp_source == "ATP 2024");
    CHECK(figures_of(y) == figures_of(sample_year(2025, true)));

    // Saving a year again replaces it rather than adding rows.
    store::save_year_rates(scratch.sql(), sample_year(2025, false));
    CHECK(scratch.count("rate_values") == 2 * 15);
    CHECK_FALSE(store::load_rates(scratch.sql()).year(2025).home_training_cap->estimated);
}

TEST_CASE("replacing a figure keeps the table whole", "[store][rates]") {
    ScratchDatabase scratch("rates_replace");
    store::save_year_rates(scratch.sql(), sample_year(2025, true));

    NamedFigure before = store::replace_figure(scratch.sql(), 2025, {"home_training_cap", 72100000, false, "published"});
    CHECK(before.value == 70660000);
    CHECK(before.estimated);
    YearRates y = store::load_rates(scratch.sql()).year(2025);  // a copy: the book is a temporary
    CHECK(y.home_training_cap->amount == Money::ore(72100000));
    CHECK_FALSE(y.home_training_cap->estimated);
    CHECK(y.home_training_cap->source == "published");

    CHECK_THROWS_AS(store::replace_figure(scratch.sql(), 2025, {"lost_earnings_cap", 1, false, "x"}), NotFound);
    CHECK_THROWS_AS(store::replace_figure(scratch.sql(), 2019, {"home_training_cap", 1, false, "x"}), NotFound);
    // Bracket 3 may not start below bracket 2: refused, nothing changed.
    CHECK_THROWS_AS(store::replace_figure(scratch.sql(), 2025, {"atp.3.from_hours", 3000, false, "x"}),
                    ValidationError);
    CHECK(store::load_rates(scratch.sql()).year(2025).atp[2].from_hours == Hours::whole(78));
}

TEST_CASE("one corrected ATP bracket keeps both sources on the table", "[store][rates]") {
    ScratchDatabase scratch("rates_atp_sources");
    store::save_year_rates(scratch.sql(), sample_year(2025, false));
    store::replace_figure(scratch.sql(), 2025, {"atp.4.employee", 9950, true, "ATP 2025 draft"});
    YearRates y = store::load_rates(scratch.sql()).year(2025);  // a copy: the book is a temporary
    CHECK(y.atp[3].employee == Money::ore(9950));
    CHECK(y.atp_estimated);
    CHECK(y.atp_source.find("ATP 2024") != std::string::npos);
    CHECK(y.atp_source.find("ATP 2025 draft") != std::string::npos);
}

TEST_CASE("the policy is stored and read back", "[store][policy]") {
    ScratchDatabase scratch("policy_round_trip");
    CHECK_FALSE(store::has_policy(scratch.sql()));
    CHECK_THROWS_AS(store::load_policy(scratch.sql(), Date{date::year{2026} / 1 / 1}), NotFound);

    Policy p;
    p.window_end_minute = 15 * 60 + 30;
    p.christmas_eve_is_holiday = true;
    p.pool_hours_over_year = false;
    p.employer_oncost_per_hour = {{2024, Money::ore(600)}, {2026, Money::ore(625)}};
    store::save_policy(scratch.sql(), p);
    CHECK(store::has_policy(scratch.sql()));

    Policy loaded = store::load_policy(scratch.sql(), Date{date::year{2026} / 1 / 1});
    CHECK(loaded.window_start_minute == 7 * 60);
    CHECK(loaded.window_end_minute == 15 * 60 + 30);
    CHECK(loaded.christmas_eve_is_holiday);
    CHECK_FALSE(loaded.pool_hours_over_year);
    CHECK(loaded.oncost_for(2025) == Money::ore(600));
    CHECK(loaded.oncost_for(2026) == Money::ore(625));

    // A stored value edited by hand into nonsense is reported, not defaulted.
    scratch.sql() << "UPDATE policy_values SET value = 'maybe' WHERE name = 'reconciliation.pay_top_ups'";
    try {
        store::load_policy(scratch.sql(), Date{date::year{2026} / 1 / 1});
        FAIL("a corrupt policy was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "policy_values:reconciliation.pay_top_ups");
    }
}
