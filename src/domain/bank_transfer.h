// The money a run sends: one transfer per family whose lines add up to more
// than zero and who has a bank account (others are flagged in the run).
#pragma once

#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/payout_run.h"

namespace hjt {

struct BankTransfer {
    Id family_id = 0;
    std::string name;
    std::string cvr;
    BankAccount account;
    Money amount;
    std::string end_to_end_id;  // "HJT-2026-03-F42": unique per run and family, at most 35 characters
    std::string reference;      // the text on the family's bank statement
};

// In the order of the run; `families` must hold every family of the run.
std::vector<BankTransfer> bank_transfers(const PayoutRun& run, const std::vector<Family>& families);

Money total_of(const std::vector<BankTransfer>& transfers);

} // namespace hjt
