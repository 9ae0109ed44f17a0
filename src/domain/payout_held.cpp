#include "domain/payout_held.h"

#include <map>
#include <set>

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

std::string months_text(const std::set<Month>& months) {
    std::string text;
    for (Month m : months) text += (text.empty() ? "" : ", ") + iso(m);
    return text;
}

// What one cause holds back of an award: the benefit and the pension.
struct AwardHeld {
    Money benefit, pension;
};

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
        line.description = "Tilbageholdt i kørsel " + iso(owed.run_month) + ", udbetales nu: " + owed.line.description;
        released += line.amount;
        from.insert(owed.run_month);
        lines.push_back(std::move(line));
    }
    if (!from.empty())
        flags.push_back({family.family.id, std::nullopt, FlagCode::held_back_released,
                         "Udbetaler " + format_kroner(released) + " tilbageholdt i kørsel " + months_text(from) +
                             " for " + family.family.name});
}

void hold_unpayable(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags, const FamilyPayoutBasis& family,
                    const PayoutBasis& basis) {
    Money family_held;
    bool family_has_held = false;
    std::map<Id, AwardHeld> no_parent_account, no_scheme;
    for (auto& line : lines) {
        HoldCause cause = hold_cause(line, family, basis.default_pension);
        line.held_back = hold_text(cause, line.kind);
        if (cause == HoldCause::none) continue;
        if (cause == HoldCause::no_family_account) {
            family_held += line.amount;
            family_has_held = true;
            continue;
        }
        AwardHeld& held = (cause == HoldCause::no_parent_account ? no_parent_account : no_scheme)[line.award_id.value_or(0)];
        (line.kind == LineKind::lost_earnings ? held.benefit : held.pension) += line.amount;
    }
    if (family_has_held)
        flags.push_back({family.family.id, std::nullopt, FlagCode::missing_bank_account,
                         "Ingen bankkonto registreret for " + family.family.name + ": " + format_kroner(family_held) +
                             " holdes tilbage og udbetales i den første kørsel, efter at kontoen er registreret"});
    for (const auto& [award_id, held] : no_parent_account) {
        const LostEarningsAward* award = award_of(family, award_id);
        Id child = award ? award->child_id : 0;
        flags.push_back({family.family.id, child, FlagCode::missing_parent_account,
                         "Ingen bankkonto registreret for " + (award ? award->parent_name : std::string("forælderen")) +
                             " (tabt arbejdsfortjeneste for " + child_name(family, child) + "): ydelsen " +
                             format_kroner(held.benefit) + " brutto og pensionen " + format_kroner(held.pension) +
                             " holdes tilbage; de udbetales aldrig til familiens konto"});
    }
    for (const auto& [award_id, held] : no_scheme) {
        const LostEarningsAward* award = award_of(family, award_id);
        flags.push_back({family.family.id, award ? std::optional<Id>(award->child_id) : std::nullopt,
                         FlagCode::missing_pension_scheme,
                         "Ingen pensionsordning for " + (award ? award->parent_name : std::string("forælderen")) +
                             " og ingen standard i payment.properties: pensionen " + format_kroner(held.pension) +
                             " holdes tilbage"});
    }
}

} // namespace hjt
