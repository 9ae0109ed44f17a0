#include "domain/payout_held.h"

#include <map>
#include <set>
#include <stdexcept>

#include "domain/danish_format.h"
#include "domain/payout_payees.h"

namespace hjt {
namespace {

std::string child_name(const FamilyPayoutBasis& family, Id child_id) {
    for (const auto& plan : family.children)
        if (plan.child.id == child_id) return plan.child.name;
    return "";
}

const LostEarningsAward* award_of(const FamilyPayoutBasis& family, Id award_id) {
    for (const auto& award : family.awards)
        if (award.id == award_id) return &award;
    return nullptr;
}

// What one cause holds back: the family's a-conto lines, or an award's benefit and pension.
struct Held {
    Money family, benefit, pension;
};

const std::string kUntilConfirmed =
    " holdes tilbage og udbetales i den første kørsel, efter at en anden økonomimedarbejder har bekræftet kontoen";

// The flag of one cause, with the sum it holds back.
PayoutFlag hold_flag(HoldCause cause, const Held& h, const FamilyPayoutBasis& family, const LostEarningsAward* award) {
    const Id family_id = family.family.id;
    const std::optional<Id> child = award ? std::optional<Id>(award->child_id) : std::nullopt;
    const std::string parent = award ? award->parent_name : std::string("forælderen");
    const std::string for_child = " (tabt arbejdsfortjeneste for " + child_name(family, child.value_or(0)) + ")";
    const std::string benefit_and_pension =
        "ydelsen " + format_kroner(h.benefit) + " brutto og pensionen " + format_kroner(h.pension);
    switch (cause) {
    case HoldCause::no_family_account:
        return {family_id, std::nullopt, FlagCode::missing_bank_account,
                "Ingen bankkonto registreret for " + family.family.name + ": " + format_kroner(h.family) +
                    " holdes tilbage og udbetales i den første kørsel, efter at kontoen er registreret"};
    case HoldCause::no_parent_account:
        return {family_id, child, FlagCode::missing_parent_account,
                "Ingen bankkonto registreret for " + parent + for_child + ": " + benefit_and_pension +
                    " holdes tilbage; de udbetales aldrig til familiens konto"};
    case HoldCause::no_pension_scheme:
        return {family_id, child, FlagCode::missing_pension_scheme,
                "Ingen pensionsordning for " + parent + " og ingen standard i payment.properties: pensionen " +
                    format_kroner(h.pension) + " holdes tilbage"};
    case HoldCause::family_account_unconfirmed:
        return {family_id, std::nullopt, FlagCode::account_unconfirmed,
                "Bankkonto til kontrol for " + family.family.name + " (" + masked_account_text(family.family.bank) +
                    ", sat af " + family.family.bank_unconfirmed_by + "): " + format_kroner(h.family) + kUntilConfirmed};
    case HoldCause::parent_account_unconfirmed:
        return {family_id, child, FlagCode::account_unconfirmed,
                "Bankkonto til kontrol for " + parent + for_child + " (" +
                    masked_account_text(award ? award->parent_bank : std::nullopt) + ", sat af " +
                    (award ? award->parent_bank_unconfirmed_by : "") + "): " + benefit_and_pension + kUntilConfirmed};
    case HoldCause::pension_account_unconfirmed:
        return {family_id, child, FlagCode::account_unconfirmed,
                "Pensionsordningens konto til kontrol for " + parent + for_child + " (" +
                    masked_account_text(award && award->pension_payee ? std::optional(award->pension_payee->account)
                                                                      : std::nullopt) +
                    ", sat af " + (award ? award->pension_unconfirmed_by : "") + "): pensionen " +
                    format_kroner(h.pension) + kUntilConfirmed};
    case HoldCause::none: break;
    }
    throw std::logic_error("hold_flag: a line that is not held back");
}

} // namespace

void release_owed(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags, const FamilyPayoutBasis& family,
                  const PayoutBasis& basis) {
    Money released;
    std::set<Month> from;
    for (const auto& owed : family.owed) {
        if (hold_cause(owed.line, family, basis.default_pension) != HoldCause::none) continue;  // not fixed yet
        PayoutLine line = owed.line;
        line.computed = line.amount;  // paid as it was held: the cap and the adjustments counted it then
        line.capped = false;
        line.expense_id.reset();      // the expense was settled by the run that held it
        line.held_back.clear();
        line.released_line_id = owed.line_id;
        line.released_from = owed.run_month;
        line.description = "Tilbageholdt i kørsel " + danish_month(owed.run_month) + ", udbetales nu: " + owed.line.description;
        released += line.amount;
        from.insert(owed.run_month);
        lines.push_back(std::move(line));
    }
    if (!from.empty())
        flags.push_back({family.family.id, std::nullopt, FlagCode::held_back_released,
                         "Udbetaler " + format_kroner(released) + " tilbageholdt i kørsel " + danish_months(from) +
                             " for " + family.family.name});
}

void hold_unpayable(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags, const FamilyPayoutBasis& family,
                    const PayoutBasis& basis) {
    // (cause, award id; 0 for the family's own lines) -> what it holds back.
    std::map<std::pair<HoldCause, Id>, Held> held;
    for (auto& line : lines) {
        HoldCause cause = hold_cause(line, family, basis.default_pension);
        line.held_back = hold_text(cause, line.kind);
        if (cause == HoldCause::none) continue;
        Held& h = held[{cause, rules_of(line.kind).payee == Payee::family ? 0 : line.award_id.value_or(0)}];
        (line.kind == LineKind::lost_earnings_pension ? h.pension : line.kind == LineKind::lost_earnings ? h.benefit
                                                                                                           : h.family) +=
            line.amount;
    }
    for (const auto& [key, h] : held) flags.push_back(hold_flag(key.first, h, family, award_of(family, key.second)));
}

} // namespace hjt
