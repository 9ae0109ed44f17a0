#include "domain/payout_top_up.h"

#include "domain/danish_format.h"

namespace hjt {

void add_top_ups(std::vector<PayoutLine>& lines, const FamilyPayoutBasis& family) {
    for (const auto& t : family.top_ups) {
        if (t.amount <= Money()) continue;
        const Month december{date::year{t.year}, date::month{12}};
        lines.push_back(uncapped_line(family.family.id, t.child_id, LineKind::top_up, december, t.amount,
                                      title_of(LineKind::top_up) + " " + std::to_string(t.year) + ": " +
                                          format_kroner(t.amount)));
    }
}

} // namespace hjt
