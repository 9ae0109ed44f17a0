// Identifiers for synthetic data that pass the checks the register applies
// (domain.md §10) yet cannot be anybody's: CVR numbers with a valid check
// digit, CPR numbers with a real date whose sequence number FAILS the
// modulus-11 check (so they cannot equal a number issued before 2007), and
// bank accounts of the right shape.
#pragma once

#include <string>

#include "app/seeded_random.h"
#include "domain/calendar.h"
#include "domain/entities.h"

namespace hjt::app {

std::string synthetic_cvr(SeededRandom& random);
// "DDMMYY-SSSS"; the 7th digit encodes the century as CPR-kontoret's table says.
std::string synthetic_cpr(Date birth, bool female, SeededRandom& random);
BankAccount synthetic_bank_account(SeededRandom& random);

} // namespace hjt::app
