// Who each line of a run pays, as the register says when the run is prepared
// (domain.md §4 "What is approved is what is paid"): the run records these
// payees, the approval covers them and the bank files are written from them.
// Also whether a line can be paid at all (a payee without an account holds
// its lines back; a pension follows its benefit) and which accounts changed
// since the family's last approved run.
#pragma once

#include <string>
#include <vector>

#include "domain/payout.h"

namespace hjt {

// Why a line cannot be paid now. A pension follows its benefit: held while
// the parent has no account or the parent's account is under verification,
// whatever the scheme's. An account under verification ("til kontrol",
// entities.h) holds like a missing one until another finance user confirms it.
enum class HoldCause {
    none,
    no_family_account,
    no_parent_account,
    no_pension_scheme,
    family_account_unconfirmed,
    parent_account_unconfirmed,
    pension_account_unconfirmed,
};
HoldCause hold_cause(const PayoutLine& line, const FamilyPayoutBasis& family,
                     const std::optional<PensionPayee>& default_pension);
// The cause in Danish, as a held-back line carries it ("" for none).
std::string hold_text(HoldCause cause, LineKind kind);

// The payees of one family's lines (and the family itself whenever it has a
// line or a flag), in the order they first occur: family first.
// The payroll service's payees (`service`) are the family's: its CVR goes with them.
std::vector<RunPayee> payees_of(const std::vector<PayoutLine>& lines, bool has_flags, const FamilyPayoutBasis& family,
                                const std::optional<PensionPayee>& default_pension,
                                const std::optional<PayrollServicePayees>& service);

// "ny bankkonto siden sidste udbetaling": one flag per payee whose account is
// not the one the family's last approved run recorded for it.
std::vector<PayoutFlag> account_change_flags(const std::vector<RunPayee>& payees,
                                             const std::vector<RunPayee>& last_payees);

// The same reg.no. and account no. (or both none).
bool same_account(const std::optional<BankAccount>& a, const std::optional<BankAccount>& b);

// "reg. 1234 konto ****5678", or "ingen konto": accounts in flag texts show the last four digits only.
std::string masked_account_text(const std::optional<BankAccount>& account);

} // namespace hjt
