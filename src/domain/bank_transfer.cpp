#include "domain/bank_transfer.h"

#include <unordered_map>

namespace hjt {

std::vector<BankTransfer> bank_transfers(const PayoutRun& run, const std::vector<Family>& families) {
    std::unordered_map<Id, const Family*> by_id;
    for (const auto& f : families) by_id[f.id] = &f;
    std::string month = iso(run.header.month);
    std::vector<BankTransfer> transfers;
    for (const auto& row : family_totals(run.lines)) {
        auto found = by_id.find(row.family_id);
        if (row.total <= Money() || found == by_id.end() || !found->second->bank) continue;
        const Family& f = *found->second;
        transfers.push_back({f.id, f.name, f.cvr, *f.bank, row.total,
                             "HJT-" + month + "-F" + std::to_string(f.id),
                             "Hjemmetræning a-conto " + month});
    }
    return transfers;
}

Money total_of(const std::vector<BankTransfer>& transfers) {
    Money total;
    for (const auto& t : transfers) total += t.amount;
    return total;
}

} // namespace hjt
