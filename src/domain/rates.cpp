#include "domain/rates.h"

#include "domain/errors.h"

namespace hjt {

const AtpBracket& atp_bracket(const YearRates& rates, Hours paid_hours) {
    if (rates.atp.empty()) throw NotFound("no ATP table for " + std::to_string(rates.year));
    // Brackets start at 0 h, so a month's hours always fall in one; the last
    // bracket whose lower edge is reached applies (39,00 h is in 39–77, 38,99 h is not).
    const AtpBracket* found = &rates.atp.front();
    for (const auto& bracket : rates.atp)
        if (bracket.from_hours <= paid_hours) found = &bracket;
    return *found;
}

void RateBook::add(YearRates rates) {
    int year = rates.year;
    years_[year] = std::move(rates);
}

const YearRates& RateBook::year(int year) const {
    auto it = years_.find(year);
    if (it == years_.end()) throw NotFound("no rate table for " + std::to_string(year));
    return it->second;
}

} // namespace hjt
