#include "domain/bank_transfer.h"

#include <map>
#include <tuple>
#include <unordered_map>

namespace hjt {
namespace {

Payee payee_of(LineKind kind) {
    if (kind == LineKind::lost_earnings) return Payee::parent;
    if (kind == LineKind::lost_earnings_pension) return Payee::pension;
    return Payee::family;
}

// The sum a run owes one payee, from its lines.
struct Owed {
    Payee payee = Payee::family;
    Id family_id = 0;
    std::optional<Id> award_id;
    Money amount;           // what is to be transferred: net of the withholding
    Withholding withheld;   // parent lines only
};

std::vector<Owed> owed_by_payee(const std::vector<PayoutLine>& lines) {
    std::vector<Owed> owed;
    std::map<std::tuple<Id, Payee, Id>, std::size_t> index;
    for (const auto& line : lines) {
        Payee payee = payee_of(line.kind);
        auto [it, added] = index.try_emplace({line.family_id, payee, line.award_id.value_or(0)}, owed.size());
        if (added) owed.push_back(Owed{payee, line.family_id, line.award_id, Money(), {}});
        Owed& o = owed[it->second];
        o.amount += line.amount - line.withheld.total();
        o.withheld += line.withheld;
    }
    return owed;
}

template <class T>
std::unordered_map<Id, const T*> by_id(const std::vector<T>& items) {
    std::unordered_map<Id, const T*> index;
    for (const auto& item : items) index[item.id] = &item;
    return index;
}

template <class T>
const T* lookup(const std::unordered_map<Id, const T*>& index, std::optional<Id> id) {
    if (!id) return nullptr;
    auto found = index.find(*id);
    return found == index.end() ? nullptr : found->second;
}

// Where one payee's money goes, or why it cannot go.
struct Creditor {
    std::optional<BankAccount> account;
    std::string name, cvr, reference, code;
    std::string missing;  // why there is no account
};

Creditor creditor_of(const Owed& o, const Family* family, const LostEarningsAward* award,
                     const std::optional<PensionPayee>& default_pension, const std::string& month) {
    std::string award_text = award ? std::to_string(award->id) : "";
    switch (o.payee) {
    case Payee::family:
        return {family ? family->bank : std::nullopt, family ? family->name : "", family ? family->cvr : "",
                "Hjemmetræning a-conto " + month, "F" + std::to_string(o.family_id),
                "ingen bankkonto for familien"};
    case Payee::parent:
        return {award ? award->parent_bank : std::nullopt, award ? award->parent_name : "", "",
                "Tabt arbejdsfortjeneste " + month, "P" + award_text, "ingen bankkonto for forælderen"};
    case Payee::pension: {
        const auto& payee = award && award->pension_payee ? award->pension_payee : default_pension;
        return {payee ? std::optional(payee->account) : std::nullopt, payee ? payee->name : "", "",
                "Pension af tabt arbejdsfortjeneste " + month + ", " + (award ? award->parent_name : ""),
                "S" + award_text, "ingen pensionsordning for bevillingen og ingen standard i payment.properties"};
    }
    }
    return {};
}

} // namespace

std::string to_string(Payee p) {
    switch (p) {
    case Payee::family: return "family";
    case Payee::parent: return "parent";
    case Payee::pension: return "pension";
    }
    return "family";
}

RunSettlement settle_run(const PayoutRun& run, const std::vector<Family>& families,
                         const std::vector<LostEarningsAward>& awards,
                         const std::optional<PensionPayee>& default_pension) {
    auto family_index = by_id(families);
    auto award_index = by_id(awards);
    std::string month = iso(run.header.month);
    RunSettlement s;
    for (const Owed& o : owed_by_payee(run.lines)) {
        const Family* family = lookup(family_index, std::optional<Id>(o.family_id));
        const LostEarningsAward* award = lookup(award_index, o.award_id);
        if (o.payee == Payee::parent && o.withheld.for_skattestyrelsen() != Money{})
            s.withholding.push_back({o.family_id, o.award_id.value_or(0), award ? award->parent_name : "", o.withheld});
        s.saved_costs += o.withheld.saved_costs;
        Creditor c = creditor_of(o, family, award, default_pension, month);
        if (o.amount == Money()) continue;
        if (!c.account)
            s.held_back.push_back({o.payee, o.family_id, o.award_id, o.amount, c.missing});
        else if (o.amount < Money())
            s.held_back.push_back({o.payee, o.family_id, o.award_id, o.amount,
                                   "under 0: intet overføres, beløbet modregnes senere"});
        else
            s.transfers.push_back({o.payee, o.family_id, o.award_id, c.name, c.cvr, *c.account, o.amount,
                                   "HJT-" + month + "-" + c.code, c.reference});
    }
    return s;
}

Money total_of(const std::vector<BankTransfer>& transfers) {
    Money total;
    for (const auto& t : transfers) total += t.amount;
    return total;
}

Money total_of(const std::vector<WithholdingRow>& withholding) {
    Money total;
    for (const auto& w : withholding) total += w.amounts.for_skattestyrelsen();
    return total;
}

Money total_of(const std::vector<HeldBack>& held_back) {
    Money total;
    for (const auto& h : held_back) total += h.amount;
    return total;
}

} // namespace hjt
