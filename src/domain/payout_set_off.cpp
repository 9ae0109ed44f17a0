#include "domain/payout_set_off.h"

#include <algorithm>
#include <map>

#include "domain/danish_format.h"
#include "domain/exact.h"

namespace hjt {

void add_set_offs(std::vector<PayoutLine>& lines, const FamilyPayoutBasis& family, const PayoutBasis& basis) {
    if (family.claims.empty() || basis.setoff_share <= Rate()) return;
    Money paid;
    for (const auto& l : lines)
        if (rules_of(l.kind).payee == Payee::family && l.held_back.empty()) paid += l.amount;
    if (paid <= Money()) return;
    Money room = (paid * basis.setoff_share).rounded();
    std::map<Id, std::pair<Money, std::string>> by_child;  // child -> amount, the claims' ids
    for (const auto& c : family.claims) {
        Money take = std::min(room, c.open);
        if (take <= Money()) continue;
        room -= take;
        auto& [amount, ids] = by_child[c.child_id];
        amount += take;
        ids += (ids.empty() ? "" : ", ") + std::to_string(c.claim_id);
    }
    for (const auto& [child, taken] : by_child)
        lines.push_back(uncapped_line(family.family.id, child, LineKind::set_off, basis.month, -taken.first,
                                      title_of(LineKind::set_off) + " " + taken.second + ": " +
                                          format_kroner(taken.first) + " (højst " +
                                          format_rate(basis.setoff_share) + " af " + format_kroner(paid) + ")"));
}

} // namespace hjt
