// Validated, audited changes to the register. Each starts with the actor's
// permission (app/permissions.h: register_write, or family_edit for helpers
// and expenses, a family user only its own family; Forbidden otherwise). Each function checks its input
// (ValidationError naming the field; NotFound for unknown ids), writes through
// store/register_repository and appends an audit entry, all in the caller's
// transaction: the API wraps one call in a transaction, the importer a whole folder.
#pragma once

#include <soci/soci.h>

#include "app/auth.h"
#include "domain/entities.h"

namespace hjt::app {

// Whether a request confirms the plausibility questions its values raise
// (domain/plausibility.h: a child of 18 or more, an unusual wage or weekly
// hours). `ask`: such a request is refused with NeedsConfirmation and nothing
// is stored; `given` (API "confirm": true, hjt import --confirm, the pages'
// "Ja, det er rigtigt – gem"): it is stored and its audit entry lists the
// questions under "confirmed" with the confirming user.
enum class Confirmation { ask, given };

// An account given or changed here is under verification by the actor until
// another finance user confirms it (app/account_verification.h); an unchanged
// account keeps its state.
Family create_family(soci::session& sql, const User& actor, Family f);
Family update_family(soci::session& sql, const User& actor, Family f);
// For the importer only: the folder's accounts count as confirmed (the register
// moved from the municipality's previous system; README "Four eyes on accounts").
Family create_imported_family(soci::session& sql, const User& actor, Family f);

// A child 25 or older today, or born after today, is asked about (field "cpr";
// 18 or more is asked on a grant's start, domain/plausibility.h).
Child create_child(soci::session& sql, const User& actor, Child c, Confirmation confirmation = Confirmation::ask);
Child update_child(soci::session& sql, const User& actor, Child c, Confirmation confirmation = Confirmation::ask);

// An hourly wage outside plausible:: is asked about (field "hourly_wage").
Helper create_helper(soci::session& sql, const User& actor, Helper h, Confirmation confirmation = Confirmation::ask);
Helper update_helper(soci::session& sql, const User& actor, Helper h, Confirmation confirmation = Confirmation::ask);

// Refuses versions before the grant starts or after it ends, and a second
// version on the same effective date. Asks about a child of 18 or more (or not
// born) on the grant's start (field "valid_from") and a version's weekly hours
// or wage outside plausible:: ("weekly_hours", "hourly_wage").
Grant create_grant(soci::session& sql, const User& actor, Grant g, Confirmation confirmation = Confirmation::ask);
GrantVersion add_grant_version(soci::session& sql, const User& actor, GrantVersion v,
                               Confirmation confirmation = Confirmation::ask);

Expense create_expense(soci::session& sql, const User& actor, Expense e);
// Approve or reject (with reason); refused once paid.
Expense decide_expense(soci::session& sql, const User& actor, Id expense_id, ExpenseStatus status,
                       const std::string& reason);
// decide_expense without its permission check, for the importer only: it
// records decisions made before the import (expenses.csv), under the import's
// own permission (admin, app/importer.h).
Expense record_expense_decision(soci::session& sql, const User& actor, Id expense_id, ExpenseStatus status,
                                const std::string& reason);

LostEarningsAward create_award(soci::session& sql, const User& actor, LostEarningsAward a);
LostEarningsAward create_imported_award(soci::session& sql, const User& actor, LostEarningsAward a);
// Replaces the award's payees (the parent's account, the pension scheme; nullopt:
// none / the municipality's default). The award's figures never change here, so
// paid months stay right; lines held back for want of an account are paid by
// the next payout run, naming the run that held them. A run already prepared
// or approved keeps the payees it recorded; the next run flags the change. A changed account is under
// verification until confirmed (app/account_verification.h). NotFound for an unknown award.
LostEarningsAward set_award_accounts(soci::session& sql, const User& actor, Id award_id,
                                     std::optional<BankAccount> parent_bank,
                                     std::optional<PensionPayee> pension_payee);
// Sets the parent's normal weekly hours (nullopt: keep them; an award stored
// without them is held by the payout runs until they are set) and replaces the
// holiday periods. Months already paid are corrected by the next payout run,
// by adjustment lines naming the rule. NotFound for an unknown award.
LostEarningsAward set_award_terms(soci::session& sql, const User& actor, Id award_id,
                                  std::optional<Hours> normal_weekly_hours, std::vector<Period> holiday_periods);

} // namespace hjt::app
