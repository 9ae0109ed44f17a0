#include "domain/ledger.h"

namespace hjt {

Money balance(const std::vector<LedgerPosting>& postings) {
    Money sum;
    for (const auto& p : postings) sum += p.amount;
    return sum;
}

} // namespace hjt
