#include "domain/payout_run.h"

#include <unordered_map>

namespace hjt {

std::string to_string(RunStatus s) {
    switch (s) {
    case RunStatus::draft: return "draft";
    case RunStatus::approved: return "approved";
    case RunStatus::paid: return "paid";
    }
    return "draft";
}

std::optional<RunStatus> parse_run_status(const std::string& text) {
    for (RunStatus s : {RunStatus::draft, RunStatus::approved, RunStatus::paid})
        if (to_string(s) == text) return s;
    return std::nullopt;
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
