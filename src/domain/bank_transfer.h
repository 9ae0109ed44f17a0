// What a run sends and what it withholds (domain.md §4 and §8):
//   - each family's a-conto lines (helper, fixed, expenses, adjustments): one
//     transfer to the family's business account;
//   - each lost-earnings award's benefit lines less what is withheld from them
//     (the parent statement's ATP, AM-bidrag and A-skat, carried on the lines):
//     one transfer to the parent's own account, as an employer pays a wage;
//   - each award's pension lines: one transfer to the pension scheme (the
//     award's, or the municipality's default payee);
//   - the withheld amounts are not transferred: they are listed per award, to
//     be reported (eIndkomst) and paid to Skattestyrelsen;
//   - what cannot be paid is held back and listed: the run's held-back lines
//     (no account; gross, nothing is withheld before it is paid) and a
//     payee's sum below zero.
// So every run ties out: Σ lines = Σ transfers + Σ withholding + Σ held back.
// Names and accounts are the run's payees (PayoutRun::payees), recorded when
// the run was prepared and approved with it: never the register as it is now.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/payout_run.h"

namespace hjt {

struct BankTransfer {
    Payee payee = Payee::family;
    Id family_id = 0;
    std::optional<Id> award_id;  // parent and pension transfers
    std::string name;            // the creditor
    std::string cvr;             // the family's CVR; empty for the others (a bank file carries no CPR number)
    BankAccount account;
    Money amount;
    // "HJT-2026-03-F42" (family 42), "HJT-2026-03-P7" (the parent of award 7),
    // "HJT-2026-03-S7" (award 7's pension scheme): unique per run, at most 35 characters.
    std::string end_to_end_id;
    std::string reference;  // the text on the creditor's bank statement
};

// One award's withholding in the run, owed to Skattestyrelsen.
struct WithholdingRow {
    Id family_id = 0;
    Id award_id = 0;
    std::string parent_name;
    Withholding amounts;
};

struct HeldBack {
    Payee payee = Payee::family;
    Id family_id = 0;
    std::optional<Id> award_id;
    Money amount;
    std::string reason;  // Danish
};

struct RunSettlement {
    std::vector<BankTransfer> transfers;  // in the order of the run's lines: per family, its a-conto first
    std::vector<WithholdingRow> withholding;
    std::vector<HeldBack> held_back;
    Money saved_costs;  // the parents' saved costs, kept back from their net benefit (domain.md §8)
};

RunSettlement settle_run(const PayoutRun& run);

Money total_of(const std::vector<BankTransfer>& transfers);
Money total_of(const std::vector<WithholdingRow>& withholding);
Money total_of(const std::vector<HeldBack>& held_back);

} // namespace hjt
