#include "domain/payout_run.h"

#include <unordered_map>

namespace hjt {

std::vector<FamilyRunTotals> family_totals(const std::vector<PayoutLine>& lines) {
    std::vector<FamilyRunTotals> rows;
    std::unordered_map<Id, std::size_t> index;
    for (const auto& line : lines) {
        auto [it, added] = index.try_emplace(line.family_id, rows.size());
        if (added) rows.push_back(FamilyRunTotals{line.family_id, {}, Money()});
        FamilyRunTotals& row = rows[it->second];
        row.by_kind[static_cast<std::size_t>(line.kind)] += line.amount;
        row.total += line.amount;
    }
    return rows;
}

} // namespace hjt
