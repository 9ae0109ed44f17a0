#include "domain/payout_payees.h"

#include <algorithm>

#include "domain/validation.h"

namespace hjt {
namespace {

const LostEarningsAward* award_of(const FamilyPayoutBasis& family, std::optional<Id> award_id) {
    if (!award_id) return nullptr;
    for (const auto& award : family.awards)
        if (award.id == *award_id) return &award;
    return nullptr;
}

std::optional<PensionPayee> scheme_of(const LostEarningsAward* award, const std::optional<PensionPayee>& default_pension) {
    if (award && award->pension_payee) return award->pension_payee;
    return default_pension;
}

// A payroll-service payee: paid for the family, so the family's CVR goes with it.
const ServicePayee* service_payee(Payee payee, const std::optional<PayrollServicePayees>& service) {
    if (!service) return nullptr;
    switch (payee) {
    case Payee::tax_authority: return &service->tax_authority;
    case Payee::atp: return &service->atp;
    case Payee::holiday_fund: return &service->holiday_fund;
    case Payee::family:
    case Payee::parent:
    case Payee::pension: return nullptr;
    }
    return nullptr;
}

RunPayee payee_for(Payee payee, std::optional<Id> award_id, const FamilyPayoutBasis& family,
                   const std::optional<PensionPayee>& default_pension,
                   const std::optional<PayrollServicePayees>& service) {
    RunPayee p{payee, family.family.id, std::nullopt, "", "", std::nullopt, ""};
    if (payee == Payee::family) {
        p.name = family.family.name;
        p.cvr = family.family.cvr;
        p.account = family.family.bank;
        return p;
    }
    if (const ServicePayee* authority = service_payee(payee, service)) {
        p.name = authority->name;
        p.cvr = family.family.cvr;
        p.account = authority->account;
        return p;
    }
    p.award_id = award_id;
    const LostEarningsAward* award = award_of(family, award_id);
    p.parent_name = award ? award->parent_name : "";
    if (payee == Payee::parent) {
        p.name = p.parent_name;
        if (award) p.account = award->parent_bank;
    } else if (auto scheme = scheme_of(award, default_pension)) {
        p.name = scheme->name;
        p.account = scheme->account;
    }
    return p;
}

bool same_payee(const RunPayee& a, const RunPayee& b) {
    return a.payee == b.payee && a.family_id == b.family_id && a.award_id == b.award_id;
}

} // namespace

bool same_account(const std::optional<BankAccount>& a, const std::optional<BankAccount>& b) {
    if (!a || !b) return !a && !b;
    return a->reg_no == b->reg_no && a->account_no == b->account_no;
}

HoldCause hold_cause(const PayoutLine& line, const FamilyPayoutBasis& family,
                     const std::optional<PensionPayee>& default_pension) {
    const LostEarningsAward* award = award_of(family, line.award_id);
    switch (rules_of(line.kind).payee) {
    case Payee::family:
        if (!family.family.bank) return HoldCause::no_family_account;
        return family.family.bank_unconfirmed_by.empty() ? HoldCause::none : HoldCause::family_account_unconfirmed;
    // The payroll service's payees are configuration (checked when the run is
    // prepared), and its lines are only made for a family whose a-conto is paid.
    case Payee::tax_authority:
    case Payee::atp:
    case Payee::holiday_fund: return HoldCause::none;
    case Payee::parent:
    case Payee::pension:
        if (!award || !award->parent_bank) return HoldCause::no_parent_account;
        if (!award->parent_bank_unconfirmed_by.empty()) return HoldCause::parent_account_unconfirmed;
        if (rules_of(line.kind).payee == Payee::parent) return HoldCause::none;
        if (!scheme_of(award, default_pension)) return HoldCause::no_pension_scheme;
        // The default payee is configuration, not the register: nothing to verify.
        return award->pension_payee && !award->pension_unconfirmed_by.empty() ? HoldCause::pension_account_unconfirmed
                                                                               : HoldCause::none;
    }
    return HoldCause::none;
}

std::string hold_text(HoldCause cause, LineKind kind) {
    const std::string benefit_held = kind == LineKind::lost_earnings_pension ? "ydelsen er tilbageholdt: " : "";
    switch (cause) {
    case HoldCause::none: return "";
    case HoldCause::no_family_account: return "ingen bankkonto for familien";
    case HoldCause::no_parent_account: return benefit_held + "ingen bankkonto for forælderen";
    case HoldCause::no_pension_scheme:
        return "ingen pensionsordning for bevillingen og ingen standard i payment.properties";
    case HoldCause::family_account_unconfirmed: return "familiens bankkonto til kontrol";
    case HoldCause::parent_account_unconfirmed: return benefit_held + "forælderens bankkonto til kontrol";
    case HoldCause::pension_account_unconfirmed: return "pensionsordningens konto til kontrol";
    }
    return "";
}

std::vector<RunPayee> payees_of(const std::vector<PayoutLine>& lines, bool has_flags, const FamilyPayoutBasis& family,
                                const std::optional<PensionPayee>& default_pension,
                                const std::optional<PayrollServicePayees>& service) {
    std::vector<RunPayee> payees;
    if (lines.empty() && !has_flags) return payees;
    payees.push_back(payee_for(Payee::family, std::nullopt, family, default_pension, service));
    for (const auto& line : lines) {
        Payee payee = rules_of(line.kind).payee;
        if (payee == Payee::family) continue;
        RunPayee p = payee_for(payee, line.award_id, family, default_pension, service);
        if (std::none_of(payees.begin(), payees.end(), [&](const RunPayee& q) { return same_payee(p, q); }))
            payees.push_back(std::move(p));
    }
    return payees;
}

std::vector<PayoutFlag> account_change_flags(const std::vector<RunPayee>& payees,
                                             const std::vector<RunPayee>& last_payees) {
    std::vector<PayoutFlag> flags;
    for (const auto& p : payees) {
        auto last = std::find_if(last_payees.begin(), last_payees.end(),
                                 [&](const RunPayee& q) { return same_payee(p, q); });
        if (last == last_payees.end() || same_account(p.account, last->account)) continue;
        flags.push_back({p.family_id, std::nullopt, FlagCode::account_changed,
                         "Ny bankkonto siden sidste udbetaling for " + p.name + ": " + masked_account_text(p.account) +
                             " (før " + masked_account_text(last->account) + ")"});
    }
    return flags;
}

std::string masked_account_text(const std::optional<BankAccount>& account) {
    if (!account) return "ingen konto";
    return "reg. " + account->reg_no + " konto " + mask_account(account->account_no);
}

} // namespace hjt
