// The IBAN of a Danish account: "DK" + two check digits + the 14-digit BBAN
// (reg.no. 4 digits + account no. zero-padded to 10), check digits by ISO 13616
// MOD-97-10. The bank file names creditors by IBAN, which every Danish bank
// accepts for domestic transfers and which carries its own check.
#pragma once

#include <string>

#include "domain/entities.h"

namespace hjt {

// The remainder of a string of decimal digits divided by 97, digit by digit
// (ISO 13616 MOD-97-10, after letters have been turned into numbers).
int mod97(const std::string& digits);

// Precondition: the account passed bank_account_error (digits only, lengths right).
std::string danish_iban(const BankAccount& account);

} // namespace hjt
