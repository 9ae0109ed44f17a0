// Four eyes on where the money goes (issue 16, "account being verified"): an
// account set or changed in the register (the family's, an award parent's, an
// award's pension scheme's) is under verification ("til kontrol") until a
// finance user other than the one who set it confirms it. Payout runs hold
// back its lines meanwhile (domain/payout_payees.h); the first run after the
// confirmation pays them, naming the run that held them.
#pragma once

#include <soci/soci.h>

#include "app/auth.h"
#include "domain/entities.h"

namespace hjt::app {

// Marks each account of `after` that differs from `before`'s (a new one, or
// nullopt before) as under verification by the actor; an unchanged account
// keeps its state, no account has none. For the register's writes.
void mark_changed_accounts(const std::optional<Family>& before, Family& after, const User& actor);
void mark_changed_accounts(const std::optional<LostEarningsAward>& before, LostEarningsAward& after,
                           const User& actor);

// Confirms the family's account (account_confirm: finance). Conflict, in
// Danish, when it has no account under verification or the actor set it (four
// eyes); NotFound for an unknown family. Audited with the account masked to its
// last four digits and who set it.
Family confirm_family_account(soci::session& sql, const User& actor, Id family_id);
// The same for every account of the award under verification (the parent's,
// the pension scheme's).
LostEarningsAward confirm_award_accounts(soci::session& sql, const User& actor, Id award_id);

} // namespace hjt::app
