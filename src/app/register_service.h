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

// An account given or changed here is under verification by the actor until
// another finance user confirms it (app/account_verification.h); an unchanged
// account keeps its state.
Family create_family(soci::session& sql, const User& actor, Family f);
Family update_family(soci::session& sql, const User& actor, Family f);
// For the importer only: the folder's accounts count as confirmed (the register
// moved from the municipality's previous system; README "Four eyes on accounts").
Family create_imported_family(soci::session& sql, const User& actor, Family f);

Child create_child(soci::session& sql, const User& actor, Child c);
Child update_child(soci::session& sql, const User& actor, Child c);

Helper create_helper(soci::session& sql, const User& actor, Helper h);
Helper update_helper(soci::session& sql, const User& actor, Helper h);

// Refuses versions before the grant starts or after it ends, and a second
// version on the same effective date.
Grant create_grant(soci::session& sql, const User& actor, Grant g);
GrantVersion add_grant_version(soci::session& sql, const User& actor, GrantVersion v);

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
