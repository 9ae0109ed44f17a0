#include "domain/receipt_matching.h"

#include <algorithm>

#include "domain/payment_reference.h"
#include "domain/text_fold.h"

namespace hjt {
namespace {

bool paid_by(const OpenClaim& claim, const std::string& payer) {
    std::string name = folded(payer);
    return !name.empty() && std::any_of(claim.payer_names.begin(), claim.payer_names.end(),
                                        [&](const std::string& n) { return folded(n) == name; });
}

const OpenClaim* by_reference(const IncomingPayment& payment, const std::vector<OpenClaim>& open) {
    auto id = fi_payment_id_in(payment.reference);
    if (!id) return nullptr;
    auto found = std::find_if(open.begin(), open.end(), [&](const OpenClaim& c) { return c.payment_id == *id; });
    return found == open.end() ? nullptr : &*found;
}

// The one open claim of the payer whose balance is the amount; none when two fit.
const OpenClaim* by_amount_and_payer(const IncomingPayment& payment, Money left, const std::vector<OpenClaim>& open) {
    const OpenClaim* match = nullptr;
    for (const auto& c : open) {
        if (c.balance != left || !paid_by(c, payment.payer_name)) continue;
        if (match) return nullptr;
        match = &c;
    }
    return match;
}

} // namespace

std::optional<ReceiptSettlement> match_payment(const IncomingPayment& payment, Money left,
                                               const std::vector<OpenClaim>& open) {
    if (left <= Money()) return std::nullopt;
    MatchedBy by = MatchedBy::reference;
    const OpenClaim* claim = by_reference(payment, open);
    if (!claim) {
        by = MatchedBy::amount_and_payer;
        claim = by_amount_and_payer(payment, left, open);
    }
    if (!claim || claim->balance <= Money()) return std::nullopt;
    return ReceiptSettlement{claim->claim_id, std::min(left, claim->balance), by};
}

std::vector<std::optional<ReceiptSettlement>> match_payments(const std::vector<IncomingPayment>& payments,
                                                             std::vector<OpenClaim> open) {
    std::vector<std::optional<ReceiptSettlement>> out;
    for (const auto& p : payments) {
        auto settlement = match_payment(p, p.amount, open);
        if (settlement)
            for (auto& c : open)
                if (c.claim_id == settlement->claim_id) c.balance -= settlement->amount;
        out.push_back(settlement);
    }
    return out;
}

} // namespace hjt
