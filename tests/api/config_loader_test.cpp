#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/config_loader.h"
#include "domain/errors.h"
#include "project_config.h"

using namespace hjt;
using hjt::test::project_config;
namespace fs = std::filesystem;

namespace {

// A copy of the project's config in a folder of its own, removed afterwards,
// with one rate file rewritten by the test.
class ConfigCopy {
public:
    explicit ConfigCopy(const std::string& name)
        : dir_(fs::temp_directory_path() / ("hjt_config_" + name + "_" + std::to_string(::getpid()))) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        fs::copy(project_config(), dir_, fs::copy_options::recursive);
    }
    ~ConfigCopy() { fs::remove_all(dir_); }

    std::string dir() const { return dir_.string(); }
    std::string file(const std::string& relative) const { return (dir_ / relative).string(); }

    // Replaces the line starting with `key =` (or appends `line` when key is "").
    void edit(const std::string& relative, const std::string& key, const std::string& line) {
        std::ifstream in(file(relative));
        std::string text, current;
        while (std::getline(in, current))
            if (key.empty() || current.rfind(key + " =", 0) != 0) text += current + "\n";
            else if (!line.empty()) text += line + "\n";
        if (key.empty()) text += line + "\n";
        std::ofstream(file(relative)) << text;
    }

    std::string refusal_field() const {
        try {
            app::load_rate_book(dir());
            app::load_policy(dir());
        } catch (const ValidationError& e) {
            return e.field();
        }
        return "accepted";
    }

private:
    fs::path dir_;
};

} // namespace

TEST_CASE("the config holds a rate table for every year 2018-2026 with the figures of domain.md", "[config]") {
    RateBook book = app::load_rate_book(project_config());
    for (int year = 2018; year <= 2026; ++year) {
        INFO(year);
        REQUIRE(book.has(year));
        const YearRates& y = book.year(year);
        REQUIRE(y.home_training_cap);
        REQUIRE(y.lost_earnings_cap);
        CHECK_FALSE(y.home_training_cap->source.empty());
        CHECK(y.holiday_pay == Rate::basis_points(1250));
        CHECK(y.am_bidrag == Rate::basis_points(800));
        CHECK(y.atp.size() == 4);
    }
    // Published figures (domain.md §9).
    CHECK(book.year(2018).home_training_cap->amount == Money::kroner(620787));
    CHECK(book.year(2019).home_training_cap->amount == Money::kroner(633203));
    CHECK(book.year(2019).lost_earnings_cap->amount == Money::kroner(31249));
    CHECK(book.year(2021).home_training_cap->amount == Money::kroner(658784));
    CHECK(book.year(2021).lost_earnings_cap->amount == Money::kroner(32671));
    CHECK(book.year(2023).lost_earnings_cap->amount == Money::kroner(34055));
    CHECK(book.year(2024).home_training_cap->amount == Money::kroner(706600));
    CHECK(book.year(2024).lost_earnings_cap->amount == Money::kroner(35247));
    for (int year : {2018, 2019, 2021, 2024}) CHECK_FALSE(book.year(year).home_training_cap->estimated);

    // Estimates: 2,0 % a year from the last published figure, rounded to whole kroner.
    CHECK(book.year(2020).home_training_cap->estimated);
    CHECK(book.year(2020).home_training_cap->amount == Money::kroner(645867));  // 633.203 × 1,02 = 645.867,06
    CHECK(book.year(2022).home_training_cap->amount == Money::kroner(671960));  // 658.784 × 1,02 = 671.959,68
    CHECK(book.year(2023).home_training_cap->amount == Money::kroner(685399));  // 658.784 × 1,02² = 685.398,87
    CHECK(book.year(2023).home_training_cap->estimated);
    CHECK_FALSE(book.year(2023).lost_earnings_cap->estimated);
    // 2025 and 2026 by each cap's own series 2021–2024: about 2,4 % and 2,6 % a year.
    CHECK(book.year(2025).home_training_cap->amount == Money::kroner(723558));  // 706.600 × 1,024 = 723.558,40
    CHECK(book.year(2026).home_training_cap->amount == Money::kroner(740924));  // 706.600 × 1,024² = 740.923,80
    CHECK(book.year(2025).lost_earnings_cap->amount == Money::kroner(36163));   // 35.247 × 1,026 = 36.163,42
    CHECK(book.year(2026).lost_earnings_cap->amount == Money::kroner(37104));   // 35.247 × 1,026² = 37.103,67
    for (int year : {2025, 2026}) {
        CHECK(book.year(year).home_training_cap->estimated);
        CHECK(book.year(year).lost_earnings_cap->estimated);
    }
    CHECK_FALSE(book.year(2025).atp_estimated);  // confirmed unchanged from 2024
    CHECK(book.year(2026).atp_estimated);
    CHECK(book.year(2018).lost_earnings_cap->estimated);
    CHECK(book.year(2018).lost_earnings_cap->amount == Money::kroner(30636));   // 31.249 / 1,02 = 30.636,27
    CHECK(book.year(2025).lost_earnings_cap->source.find("35.247 × 1,026") != std::string::npos);
}

TEST_CASE("the configured ATP tables change in 2024 and have their bracket edges at 39, 78 and 117 h", "[config][atp]") {
    RateBook book = app::load_rate_book(project_config());
    const YearRates& y2023 = book.year(2023);
    CHECK(atp_bracket(y2023, Hours::hundredths(3899)).employee == Money());
    CHECK(atp_bracket(y2023, Hours::whole(39)).employee == Money::ore(3155));
    CHECK(atp_bracket(y2023, Hours::hundredths(7799)).employer == Money::ore(6310));
    CHECK(atp_bracket(y2023, Hours::whole(78)).employer == Money::ore(12625));
    CHECK(atp_bracket(y2023, Hours::hundredths(11699)).employee == Money::ore(6310));
    CHECK(atp_bracket(y2023, Hours::whole(117)).employer == Money::ore(18935));
    const YearRates& y2024 = book.year(2024);
    CHECK(atp_bracket(y2024, Hours::hundredths(3899)).employer == Money());
    CHECK(atp_bracket(y2024, Hours::whole(39)).employee == Money::ore(3300));
    CHECK(atp_bracket(y2024, Hours::hundredths(7799)).employer == Money::ore(6600));
    CHECK(atp_bracket(y2024, Hours::whole(78)).employee == Money::ore(6600));
    CHECK(atp_bracket(y2024, Hours::hundredths(11699)).employer == Money::ore(13200));
    CHECK(atp_bracket(y2024, Hours::whole(117)).employee == Money::ore(9900));
    CHECK(atp_bracket(y2024, Hours::whole(117)).employer == Money::ore(19800));
    CHECK(book.year(2026).atp[3].employer == Money::ore(19800));
}

TEST_CASE("the configured policy: window 07:00-16:00, pooled hours, on-cost 6,00 kr", "[config][policy]") {
    Policy p = app::load_policy(project_config());
    CHECK(p.window_start_minute == 7 * 60);
    CHECK(p.window_end_minute == 16 * 60);
    CHECK(p.pool_hours_over_year);
    CHECK(p.pay_top_ups);
    CHECK_FALSE(p.constitution_day_is_holiday);
    CHECK(p.oncost_for(2026) == Money::ore(600));
}

TEST_CASE("a malformed config file is refused, naming file:key", "[config]") {
    const std::string rates_2024 = "rates/2024.properties";
    SECTION("an amount that is not Danish kroner") {
        ConfigCopy c("bad_amount");
        c.edit(rates_2024, "home_training_cap", "home_training_cap = 706,600.00");
        CHECK(c.refusal_field() == c.file(rates_2024) + ":home_training_cap");
    }
    SECTION("a figure without its source") {
        ConfigCopy c("no_source");
        c.edit(rates_2024, "lost_earnings_cap.source", "");
        CHECK(c.refusal_field() == c.file(rates_2024) + ":lost_earnings_cap.source");
    }
    SECTION("an estimated flag that is not true or false") {
        ConfigCopy c("bad_flag");
        c.edit(rates_2024, "atp.estimated", "atp.estimated = ja");
        CHECK(c.refusal_field() == c.file(rates_2024) + ":atp.estimated");
    }
    SECTION("a misspelt key") {
        ConfigCopy c("typo");
        c.edit(rates_2024, "", "home_trainig_cap = 1,00");
        CHECK(c.refusal_field() == c.file(rates_2024) + ":home_trainig_cap");
    }
    SECTION("a source of no figure") {
        ConfigCopy c("stray_source");
        c.edit(rates_2024, "", "holiday_pai.source = typo");
        CHECK(c.refusal_field() == c.file(rates_2024) + ":holiday_pai.source");
    }
    SECTION("a line without a value") {
        ConfigCopy c("no_equals");
        c.edit(rates_2024, "", "am_bidrag 8");
        CHECK(c.refusal_field() == c.file(rates_2024) + ":am_bidrag 8");
    }
    SECTION("a missing ATP bracket part") {
        ConfigCopy c("atp_part");
        c.edit(rates_2024, "atp.3.employer", "");
        CHECK(c.refusal_field() == c.file(rates_2024) + ":atp.3.employer");
    }
    SECTION("a rate file not named after its year") {
        ConfigCopy c("file_name");
        fs::copy_file(c.file(rates_2024), c.file("rates/latest.properties"));
        CHECK(c.refusal_field() == c.file("rates/latest.properties"));
    }
    SECTION("a policy time that is not HH:MM") {
        ConfigCopy c("policy_time");
        c.edit("policy.properties", "window.end", "window.end = 4 pm");
        CHECK(c.refusal_field() == c.file("policy.properties") + ":window.end");
    }
    SECTION("the unchanged copy is accepted") {
        ConfigCopy c("unchanged");
        CHECK(c.refusal_field() == "accepted");
    }
}
