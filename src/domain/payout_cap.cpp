#include "domain/payout_cap.h"

#include <algorithm>

#include "domain/danish_format.h"

namespace hjt {

bool apply_year_cap(std::span<PayoutLine> lines, Money paid_this_year, const PayoutRates& rates) {
    Money room = rates.year_cap - paid_this_year;
    for (const auto& line : lines)
        if (line.amount < Money()) room -= line.amount;

    bool cut = false;
    for (auto& line : lines) {
        if (line.amount <= Money()) continue;
        if (line.amount <= room) {
            room -= line.amount;
            continue;
        }
        line.amount = std::max(room, Money());
        line.capped = true;
        line.description += " — beskåret af årsloftet " + format_kroner(rates.year_cap) +
                            (rates.year_cap_estimated ? " (anslået)" : "") + ", beregnet " +
                            format_kroner(line.computed);
        room -= line.amount;
        cut = true;
    }
    return cut;
}

} // namespace hjt
