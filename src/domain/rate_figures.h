// A year's rate table as named figures: the keys of config/rates/YYYY.properties
// and the rows of rate_values use the same names, so the config, the store and
// `hjt rates set --name` speak one vocabulary:
//   home_training_cap, lost_earnings_cap      money (øre)
//   holiday_pay, am_bidrag                    rate (basis points)
//   satsreguleringsprocent                    rate (basis points), optional: regulates lost earnings
//   atp.N.from_hours                          hours (hundredths), N = 1, 2, ...
//   atp.N.employee, atp.N.employer            money (øre)
//   aub.N, aes.N, barsel.N, fib.N             money (øre) per month for ATP bracket N (optional;
//                                             when given, for every bracket)
//   work_injury_premium                       money (øre) per year, the family's (optional)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/rates.h"

namespace hjt {

enum class FigureUnit { money, rate, hours };
// "ore", "basis_points", "hundredths_of_hours": the unit of a figure's value in the API.
std::span<const EnumText<FigureUnit>> codes(FigureUnit);

struct NamedFigure {
    std::string name;
    std::int64_t value = 0;  // in the unit of the name
    bool estimated = false;
    std::string source;

    bool operator==(const NamedFigure&) const = default;
};

// The unit of a figure name; nullopt for a name that is not a figure.
std::optional<FigureUnit> figure_unit(const std::string& name);
// A figure's name for people: "Loft for hjemmetræning (år)", "ATP-trin 2:
// lønmodtagerens bidrag"; the name itself for one that is not a figure.
std::string figure_label(const std::string& name);
// The key holding a figure's source and estimated flag: the ATP brackets
// share one ("atp"), every other figure has its own.
std::string provenance_key(const std::string& name);

// Danish text of a value with its unit, for people: "706.600,00 kr", "12,5 %", "39,00 t".
std::string format_figure(FigureUnit unit, std::int64_t value);
// Parses Danish text in the unit ("12,5" or "12,5 %" for a rate); nullopt if malformed.
std::optional<std::int64_t> parse_figure(FigureUnit unit, const std::string& text);

std::vector<NamedFigure> figures_of(const YearRates& rates);
// Builds and checks a year's table. Errors are ValidationError naming
// "<where>:<figure name>": unknown names, missing holiday_pay/am_bidrag, an
// empty source, negative amounts, ATP brackets not starting at 0 h, not
// ascending or incomplete.
YearRates year_rates_from(int year, const std::vector<NamedFigure>& figures, const std::string& where);

} // namespace hjt
