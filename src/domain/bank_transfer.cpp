#include "domain/bank_transfer.h"

#include <map>
#include <tuple>

namespace hjt {
namespace {

using PayeeKey = std::tuple<Id, Payee, Id>;

PayeeKey key_of(Payee payee, Id family_id, std::optional<Id> award_id) {
    return {family_id, payee, award_id.value_or(0)};
}

// The sum a run owes one payee, from its lines: what is paid, or what one
// cause holds back.
struct Owed {
    Payee payee = Payee::family;
    Id family_id = 0;
    std::optional<Id> award_id;
    std::string held_back;  // the lines' reason; "" for the lines paid
    Money amount;           // paid lines: net of the withholding; held lines: gross
    Withholding withheld;   // paid parent lines only
};

std::vector<Owed> owed_by_payee(const std::vector<PayoutLine>& lines) {
    std::vector<Owed> owed;
    std::map<std::tuple<Id, Payee, Id, std::string>, std::size_t> index;
    for (const auto& line : lines) {
        Payee payee = rules_of(line.kind).payee;
        auto [it, added] =
            index.try_emplace({line.family_id, payee, line.award_id.value_or(0), line.held_back}, owed.size());
        if (added) owed.push_back(Owed{payee, line.family_id, line.award_id, line.held_back, Money(), {}});
        Owed& o = owed[it->second];
        if (!line.held_back.empty()) {
            o.amount += line.amount;  // nothing is withheld from money not paid
            continue;
        }
        o.amount += line.amount - line.withheld.total();
        o.withheld += line.withheld;
    }
    return owed;
}

std::string reference_of(const RunPayee& p, const std::string& month) {
    switch (p.payee) {
    case Payee::family: return "Hjemmetræning a-conto " + month;
    case Payee::parent: return "Tabt arbejdsfortjeneste " + month;
    case Payee::pension: return "Pension af tabt arbejdsfortjeneste " + month + ", " + p.parent_name;
    // Paid for the family (payroll service): the employer's CVR/SE number says whose.
    case Payee::tax_authority: return "A-skat og AM-bidrag, SE " + p.cvr + ", lønservice " + month;
    case Payee::atp: return "ATP, SE " + p.cvr + ", lønservice " + month;
    case Payee::holiday_fund: return "Feriepenge, SE " + p.cvr + ", lønservice " + month;
    }
    return "";
}

std::string code_of(const RunPayee& p) {
    std::string award = p.award_id ? std::to_string(*p.award_id) : "";
    switch (p.payee) {
    case Payee::family: return "F" + std::to_string(p.family_id);
    case Payee::parent: return "P" + award;
    case Payee::pension: return "S" + award;
    case Payee::tax_authority: return "T" + std::to_string(p.family_id);
    case Payee::atp: return "A" + std::to_string(p.family_id);
    case Payee::holiday_fund: return "H" + std::to_string(p.family_id);
    }
    return "";
}

} // namespace

RunSettlement settle_run(const PayoutRun& run) {
    std::map<PayeeKey, const RunPayee*> payees;
    for (const auto& p : run.payees) payees[key_of(p.payee, p.family_id, p.award_id)] = &p;
    std::string month = iso(run.header.month);
    RunSettlement s;
    for (const Owed& o : owed_by_payee(run.lines)) {
        auto found = payees.find(key_of(o.payee, o.family_id, o.award_id));
        const RunPayee* payee = found == payees.end() ? nullptr : found->second;
        if (o.payee == Payee::parent && o.withheld.for_skattestyrelsen() != Money{})
            s.withholding.push_back({o.family_id, o.award_id.value_or(0), payee ? payee->parent_name : "", o.withheld});
        s.saved_costs += o.withheld.saved_costs;
        if (o.amount == Money()) continue;
        if (!o.held_back.empty())
            s.held_back.push_back({o.payee, o.family_id, o.award_id, o.amount, o.held_back});
        else if (!payee || !payee->account)
            s.held_back.push_back({o.payee, o.family_id, o.award_id, o.amount, "ingen modtager i kørslen"});
        else if (o.amount < Money())
            s.held_back.push_back({o.payee, o.family_id, o.award_id, o.amount,
                                   "under 0: intet overføres, beløbet modregnes senere"});
        else
            s.transfers.push_back({o.payee, o.family_id, o.award_id, payee->name, payee->cvr, *payee->account,
                                   o.amount, "HJT-" + month + "-" + code_of(*payee), reference_of(*payee, month)});
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
