#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/rate_figures.h"
#include "domain/rates.h"

using namespace hjt;

namespace {

// The ATP tables of domain.md §9: brackets < 39, 39–77, 78–116, ≥ 117 hours.
YearRates atp_table(int year, std::int64_t e39, std::int64_t r39, std::int64_t e78, std::int64_t r78,
                    std::int64_t e117, std::int64_t r117) {
    YearRates rates;
    rates.year = year;
    rates.atp = {{Hours(), Money(), Money()},
                 {Hours::whole(39), Money::ore(e39), Money::ore(r39)},
                 {Hours::whole(78), Money::ore(e78), Money::ore(r78)},
                 {Hours::whole(117), Money::ore(e117), Money::ore(r117)}};
    return rates;
}

// A complete 2024 table as figures, each with a source.
std::vector<NamedFigure> figures_2024() {
    YearRates rates = atp_table(2024, 3300, 6600, 6600, 13200, 9900, 19800);
    rates.home_training_cap = MoneyFigure{Money::kroner(706600), false, "satser for 2024"};
    rates.lost_earnings_cap = MoneyFigure{Money::kroner(35247), false, "satser for 2024"};
    rates.holiday_pay_source = "Ferieloven";
    rates.am_bidrag_source = "AM-bidrag";
    rates.atp_source = "ATP 2024";
    return figures_of(rates);
}

std::vector<NamedFigure> without(std::vector<NamedFigure> figures, const std::string& name) {
    std::erase_if(figures, [&](const NamedFigure& f) { return f.name == name; });
    return figures;
}

std::vector<NamedFigure> with_value(std::vector<NamedFigure> figures, const std::string& name, std::int64_t value) {
    for (auto& f : figures)
        if (f.name == name) f.value = value;
    return figures;
}

std::string refusal(const std::vector<NamedFigure>& figures) {
    try {
        year_rates_from(2024, figures, "test");
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "accepted";
}

} // namespace

TEST_CASE("ATP bracket edges, 2016–2023 table", "[rates][atp]") {
    YearRates t = atp_table(2023, 3155, 6310, 6310, 12625, 9465, 18935);
    CHECK(atp_bracket(t, Hours()).employee == Money());
    CHECK(atp_bracket(t, Hours::hundredths(3899)).employee == Money());
    CHECK(atp_bracket(t, Hours::whole(39)).employee == Money::ore(3155));
    CHECK(atp_bracket(t, Hours::whole(39)).employer == Money::ore(6310));
    CHECK(atp_bracket(t, Hours::hundredths(7799)).employee == Money::ore(3155));
    CHECK(atp_bracket(t, Hours::whole(78)).employee == Money::ore(6310));
    CHECK(atp_bracket(t, Hours::whole(78)).employer == Money::ore(12625));
    CHECK(atp_bracket(t, Hours::hundredths(11699)).employer == Money::ore(12625));
    CHECK(atp_bracket(t, Hours::whole(117)).employee == Money::ore(9465));
    CHECK(atp_bracket(t, Hours::whole(117)).employer == Money::ore(18935));
    CHECK(atp_bracket(t, Hours::whole(300)).employer == Money::ore(18935));
}

TEST_CASE("ATP bracket edges, table from 2024", "[rates][atp]") {
    YearRates t = atp_table(2024, 3300, 6600, 6600, 13200, 9900, 19800);
    CHECK(atp_bracket(t, Hours::hundredths(3899)).employer == Money());
    CHECK(atp_bracket(t, Hours::whole(39)).employee == Money::ore(3300));
    CHECK(atp_bracket(t, Hours::hundredths(7799)).employer == Money::ore(6600));
    CHECK(atp_bracket(t, Hours::whole(78)).employee == Money::ore(6600));
    CHECK(atp_bracket(t, Hours::hundredths(11699)).employee == Money::ore(6600));
    CHECK(atp_bracket(t, Hours::whole(117)).employee == Money::ore(9900));
    CHECK(atp_bracket(t, Hours::whole(117)).employer == Money::ore(19800));
    // The payslip worked example (domain.md §6): 60 h -> 33,00 / 66,00.
    CHECK(atp_bracket(t, Hours::whole(60)).employee == Money::ore(3300));
}

TEST_CASE("a year without an ATP table, or a missing year, is NotFound", "[rates]") {
    CHECK_THROWS_AS(atp_bracket(YearRates{}, Hours::whole(40)), NotFound);
    RateBook book;
    book.add(atp_table(2024, 3300, 6600, 6600, 13200, 9900, 19800));
    CHECK(book.has(2024));
    CHECK(book.year(2024).year == 2024);
    CHECK_THROWS_AS(book.year(2017), NotFound);
}

TEST_CASE("rate figures round-trip through their names", "[rates][figures]") {
    YearRates rates = year_rates_from(2024, figures_2024(), "test");
    CHECK(rates.home_training_cap->amount == Money::ore(70660000));
    CHECK_FALSE(rates.home_training_cap->estimated);
    CHECK(rates.holiday_pay == Rate::basis_points(1250));
    CHECK(rates.am_bidrag == Rate::basis_points(800));
    REQUIRE(rates.atp.size() == 4);
    CHECK(rates.atp[3].from_hours == Hours::whole(117));
    CHECK(rates.atp[3].employer == Money::ore(19800));
    CHECK(rates.atp_source == "ATP 2024");
    auto again = figures_of(rates);
    REQUIRE(again.size() == figures_2024().size());
    CHECK(again.front().name == "home_training_cap");
    CHECK(again.back().name == "atp.4.employer");

    // Caps are optional (2018 had no published lost-earnings cap).
    CHECK_FALSE(year_rates_from(2024, without(figures_2024(), "lost_earnings_cap"), "test").lost_earnings_cap);
}

TEST_CASE("an incomplete or inconsistent rate table is refused, naming where:figure", "[rates][figures]") {
    CHECK(refusal(without(figures_2024(), "holiday_pay")) == "test:holiday_pay");
    CHECK(refusal(without(figures_2024(), "am_bidrag")) == "test:am_bidrag");
    CHECK(refusal(without(figures_2024(), "atp.3.employee")) == "test:atp.3.employee");
    CHECK(refusal(without(without(without(figures_2024(), "atp.2.from_hours"), "atp.2.employee"),
                          "atp.2.employer")) == "test:atp.2.from_hours");
    CHECK(refusal(with_value(figures_2024(), "atp.1.from_hours", 100)) == "test:atp.1.from_hours");
    CHECK(refusal(with_value(figures_2024(), "atp.3.from_hours", 3900)) == "test:atp.3.from_hours");
    CHECK(refusal(with_value(figures_2024(), "home_training_cap", -1)) == "test:home_training_cap");
    CHECK(refusal(with_value(figures_2024(), "home_training_cap", 0)) == "test:home_training_cap");
    CHECK(refusal(with_value(figures_2024(), "holiday_pay", 10001)) == "test:holiday_pay");

    auto unknown = figures_2024();
    unknown.push_back({"home_trainig_cap", 1, false, "typo"});
    CHECK(refusal(unknown) == "test:home_trainig_cap");
    auto twice = figures_2024();
    twice.push_back(twice.front());
    CHECK(refusal(twice) == "test:home_training_cap");
    auto unsourced = figures_2024();
    unsourced.front().source = "";
    CHECK(refusal(unsourced) == "test:home_training_cap");
    CHECK(refusal(figures_2024()) == "accepted");
}

TEST_CASE("figure names carry their unit", "[rates][figures]") {
    CHECK(figure_unit("home_training_cap") == FigureUnit::money);
    CHECK(figure_unit("holiday_pay") == FigureUnit::rate);
    CHECK(figure_unit("atp.2.from_hours") == FigureUnit::hours);
    CHECK(figure_unit("atp.12.employer") == FigureUnit::money);
    CHECK_FALSE(figure_unit("atp.0.employee"));
    CHECK_FALSE(figure_unit("atp.02.employee"));
    CHECK_FALSE(figure_unit("atp.2.salary"));
    CHECK_FALSE(figure_unit("atp.source"));
    CHECK(provenance_key("atp.2.employee") == "atp");
    CHECK(provenance_key("home_training_cap") == "home_training_cap");
    CHECK(parse_figure(FigureUnit::money, "706.600,00") == 70660000);
    CHECK(parse_figure(FigureUnit::rate, "12,5") == 1250);
    CHECK(parse_figure(FigureUnit::hours, "39") == 3900);
    CHECK_FALSE(parse_figure(FigureUnit::money, "706.600"));
    CHECK(format_figure(FigureUnit::money, 70660000) == "706.600,00 kr");
    CHECK(format_figure(FigureUnit::rate, 1250) == "12,5 %");
    CHECK(format_figure(FigureUnit::hours, 3900) == "39,00 t");
}

TEST_CASE("employer contributions and the work-injury premium are figures by ATP bracket, with sources",
          "[rates][figures][contributions]") {
    std::vector<NamedFigure> figures = figures_2024();
    for (auto [bracket, amount] : {std::pair{1, 0}, {2, 8747}, {3, 17494}, {4, 26242}})
        figures.push_back({"aub." + std::to_string(bracket), amount, false, "AUB 2024"});
    figures.push_back({"work_injury_premium", 150000, true, "estimate"});
    YearRates rates = year_rates_from(2024, figures, "test");
    const auto& aub = rates.contributions[static_cast<std::size_t>(Contribution::aub)];
    REQUIRE(aub);
    CHECK(aub->monthly_by_bracket == std::vector<Money>{Money{}, Money::ore(8747), Money::ore(17494), Money::ore(26242)});
    CHECK(aub->source == "AUB 2024");
    CHECK_FALSE(rates.contributions[static_cast<std::size_t>(Contribution::fib)]);
    CHECK(rates.work_injury_premium->amount == Money::kroner(1500));
    CHECK(contribution(rates, Contribution::aub, Hours::hundredths(7750)) == Money::ore(8747));   // 77,50 h: 2nd
    CHECK(contribution(rates, Contribution::aub, Hours::hundredths(7800)) == Money::ore(17494));
    CHECK(contribution(rates, Contribution::fib, Hours::whole(200)) == Money{});
    CHECK(employer_figures_estimated(rates));  // AES, Barsel.dk and FIB are missing
    CHECK(figure_unit("barsel.3") == FigureUnit::money);
    CHECK(provenance_key("barsel.3") == "barsel");
    CHECK_FALSE(figure_unit("barsel.0"));
    CHECK_FALSE(figure_unit("aub."));

    // Round trip through the names, as the store keeps them.
    YearRates again = year_rates_from(2024, figures_of(rates), "test");
    CHECK(again.contributions[0]->monthly_by_bracket == aub->monthly_by_bracket);
    CHECK(again.work_injury_premium->amount == Money::kroner(1500));

    // Every bracket or none, and no bracket the ATP table lacks.
    CHECK(refusal(without(figures, "aub.3")) == "test:aub.3");
    auto extra = figures;
    extra.push_back({"aub.5", 100, false, "AUB 2024"});
    CHECK(refusal(extra) == "test:aub.5");
    CHECK(refusal(with_value(figures, "work_injury_premium", -1)) == "test:work_injury_premium");
}

TEST_CASE("each rate figure has a Danish name for people", "[rates][labels]") {
    CHECK(figure_label("home_training_cap") == "Loft for hjemmetræning (år)");
    CHECK(figure_label("atp.2.employee") == "ATP-trin 2: lønmodtagerens bidrag");
    CHECK(figure_label("atp.1.from_hours") == "ATP-trin 1: fra timer pr. måned");
    CHECK(figure_label("barsel.3") == "Barsel.dk pr. måned, ATP-trin 3");
    CHECK(figure_label("no_such_figure") == "no_such_figure");
    const YearRates y = year_rates_from(2024, {{"home_training_cap", 70660000, false, "s"}, {"holiday_pay", 1250, false, "s"},
                                               {"am_bidrag", 800, false, "s"}, {"atp.1.from_hours", 0, false, "s"},
                                               {"atp.1.employee", 0, false, "s"}, {"atp.1.employer", 0, false, "s"}},
                                        "test");
    for (const auto& f : figures_of(y)) CHECK(figure_label(f.name) != f.name);  // every figure a table holds
}
