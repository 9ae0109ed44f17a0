#include "domain/payout_run.h"

#include <unordered_map>

#include "domain/invariant.h"

namespace hjt {

void check_header_matches_lines(const PayoutRun& run) {
    check_invariant(run.header.total == total_of(run.lines), "a run's total is the sum of its lines");
    check_invariant(run.header.line_count == static_cast<long long>(run.lines.size()),
                    "a run's line count is the number of its lines");
    check_invariant(run.header.held_back == held_back_total(run.lines),
                    "a run's held-back total is the sum of its held-back lines");
}

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

std::string settled_months_text(const std::vector<Month>& months) {
    std::string text;
    for (Month m : months) text += (text.empty() ? "" : ",") + iso(m);
    return text;
}

} // namespace hjt
