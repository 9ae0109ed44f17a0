// The yearly rate tables (domain.md §9), each figure with its source and an
// estimated flag; statements that use an estimated figure say so.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/enum_texts.h"
#include "domain/units.h"

namespace hjt {

struct MoneyFigure {
    Money amount;
    bool estimated = false;
    std::string source;
};

struct RateFigure {
    Rate rate;
    bool estimated = false;
    std::string source;
};

// ATP for monthly paid employees: applies from `from_hours` paid hours upward
// until the next bracket.
struct AtpBracket {
    Hours from_hours;
    Money employee;
    Money employer;
};

// The employer contributions Samlet Betaling collects quarterly on the ATP
// paid (domain.md §6): they follow the ATP brackets, not the hours.
enum class Contribution { aub, aes, barsel, fib };
inline constexpr std::size_t kContributionCount = 4;
inline constexpr std::array<Contribution, kContributionCount> kContributions = {
    Contribution::aub, Contribution::aes, Contribution::barsel, Contribution::fib};
// "aub", "aes", "barsel", "fib": the figure names' stem (aub.N, ...), by to_string.
std::span<const EnumText<Contribution>> codes(Contribution);
// "AUB", "AES", "Barsel.dk", "FIB": as payslips show them.
std::string contribution_label(Contribution c);

// One contribution's monthly amounts, one per ATP bracket (the same order).
struct ContributionTable {
    std::vector<Money> monthly_by_bracket;
    bool estimated = false;
    std::string source;
};

struct YearRates {
    int year = 0;
    std::optional<MoneyFigure> home_training_cap;      // per child per calendar year
    std::optional<MoneyFigure> lost_earnings_cap;      // per month
    // The year's satsreguleringsprocent: from 1 January it regulates the gross
    // lost-earnings benefit of every award made in an earlier year (domain.md §8).
    std::optional<RateFigure> satsregulering;
    Rate holiday_pay = Rate::basis_points(1250);
    Rate am_bidrag = Rate::basis_points(800);
    std::vector<AtpBracket> atp;                       // ascending by from_hours, the first from 0 h
    std::string atp_source;
    // Provenance of the figures above that are not MoneyFigures.
    bool holiday_pay_estimated = false;
    std::string holiday_pay_source;
    bool am_bidrag_estimated = false;
    std::string am_bidrag_source;
    bool atp_estimated = false;
    // Absent for a year the config gives no figures for; payslips then say so.
    std::array<std::optional<ContributionTable>, kContributionCount> contributions;
    // The family's yearly work-injury insurance premium (compulsory; an estimate
    // unless the municipality enters a quoted figure).
    std::optional<MoneyFigure> work_injury_premium;
};

// The ATP contributions for a month with `paid_hours` hours.
const AtpBracket& atp_bracket(const YearRates& rates, Hours paid_hours);
// Its place in the table (0 for under 39 h): the contributions' column.
std::size_t atp_bracket_index(const YearRates& rates, Hours paid_hours);
// A contribution for a month with `paid_hours`; 0 when the year has no table for it.
Money contribution(const YearRates& rates, Contribution c, Hours paid_hours);
// True when a figure the payslip uses beyond ATP is an estimate, or missing.
bool employer_figures_estimated(const YearRates& rates);

class RateBook {
public:
    void add(YearRates rates);
    // The table for a year; NotFound naming the year when the config lacks it.
    const YearRates& year(int year) const;
    bool has(int year) const { return years_.count(year) > 0; }
    const std::map<int, YearRates>& all() const { return years_; }

private:
    std::map<int, YearRates> years_;
};

} // namespace hjt
