#include "domain/rates.h"

#include "domain/errors.h"

namespace hjt {
namespace {

constexpr auto kContributionCodes = enum_table<Contribution>(
    {{Contribution::aub, "aub"}, {Contribution::aes, "aes"}, {Contribution::barsel, "barsel"}, {Contribution::fib, "fib"}});
constexpr auto kContributionLabels = enum_table<Contribution>(
    {{Contribution::aub, "AUB"}, {Contribution::aes, "AES"}, {Contribution::barsel, "Barsel.dk"}, {Contribution::fib, "FIB"}});
static_assert(kContributionCount == kContributionCodes.size(), "kContributions lists every contribution");

} // namespace

std::size_t atp_bracket_index(const YearRates& rates, Hours paid_hours) {
    if (rates.atp.empty()) throw NotFound(Message{MessageCode::atp_table_missing, {std::to_string(rates.year)}});
    // Brackets start at 0 h, so a month's hours always fall in one; the last
    // bracket whose lower edge is reached applies: "≥ 39 and < 78", so 39,00 h
    // and 77,99 h are in the second, 38,99 h is not.
    std::size_t found = 0;
    for (std::size_t i = 0; i < rates.atp.size(); ++i)
        if (rates.atp[i].from_hours <= paid_hours) found = i;
    return found;
}

const AtpBracket& atp_bracket(const YearRates& rates, Hours paid_hours) {
    return rates.atp[atp_bracket_index(rates, paid_hours)];
}

std::span<const EnumText<Contribution>> codes(Contribution) { return kContributionCodes; }

std::string contribution_label(Contribution c) { return text_of(kContributionLabels, c); }

Money contribution(const YearRates& rates, Contribution c, Hours paid_hours) {
    const auto& table = rates.contributions[static_cast<std::size_t>(c)];
    if (!table) return Money{};
    return table->monthly_by_bracket.at(atp_bracket_index(rates, paid_hours));
}

bool employer_figures_estimated(const YearRates& rates) {
    for (const auto& table : rates.contributions)
        if (!table || table->estimated) return true;
    return !rates.work_injury_premium || rates.work_injury_premium->estimated;
}

void RateBook::add(YearRates rates) {
    int year = rates.year;
    years_[year] = std::move(rates);
}

const YearRates& RateBook::year(int year) const {
    auto it = years_.find(year);
    if (it == years_.end()) throw NotFound(Message{MessageCode::rate_year_missing, {std::to_string(year)}});
    return it->second;
}

} // namespace hjt
