// The yearly rate tables (domain.md §9), each figure with its source and an
// estimated flag; statements that use an estimated figure say so.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

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
};

// The ATP contributions for a month with `paid_hours` hours.
const AtpBracket& atp_bracket(const YearRates& rates, Hours paid_hours);

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
