// `hjt import DIR`: loads a folder of CSV files (format: sample-data/README.md,
// columns: app/import_format.h) into the register. All or nothing: every file
// is read and checked first, every problem is collected, and only a folder
// without problems is stored, in one transaction, through the register
// service (which validates again and audits each row) and app::create_user.
// Progress is reported a bounded number of times however large the folder.
//
// shifts.csv in the same folder is not read here: the shift import resolves
// its helper keys through store::find_import_key once the helpers are stored.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/auth.h"
#include "app/progress.h"
#include "app/register_service.h"
#include "store/database.h"

namespace hjt::app {

struct ImportReport {
    std::string dir;
    long long families = 0;
    long long children = 0;
    long long helpers = 0;
    long long grants = 0;
    long long grant_versions = 0;
    long long fixed_lines = 0;
    long long expense_budgets = 0;
    long long expenses = 0;
    long long lost_earnings = 0;
    long long users = 0;
    // CPR numbers failing the modulus-11 check: stored (issued so since 2007), but told.
    long long cpr_modulus_warnings = 0;
    // Plausibility questions of the rows (app/register_service.h), confirmed
    // with --confirm: "children.csv:3: CPR-nummer: Barnet er 106 år …".
    std::vector<std::string> confirmed_questions;

    // (name, count) in file order, for printing.
    std::vector<std::pair<std::string, long long>> counts() const;
};

struct ImportOptions {
    Progress progress;
    Confirmation confirmation = Confirmation::ask;
    // The users' password hashes; only tests lower it (tests/test_users.h).
    ScryptCost password_cost = kLoginCost;
};

// Throws ValidationError listing every problem as "file:line: column: reason"
// (its field is the first problem's "file:line") and stores nothing.
// Forbidden unless the actor is an admin (the folder creates users).
// Plausibility questions (a child of 106, a wage of 50 kr/t) are not problems:
// a folder that raises any is stored only with `confirmation` given (hjt import
// --confirm: options.confirmation given); otherwise every question is listed as
// "file:line: field: question" in a ValidationError coded needs_confirmation
// and nothing is stored.
ImportReport import_folder(store::Database& db, const std::string& dir, const User& actor,
                           const ImportOptions& options = {});
// The bootstrap (app/auth.h bootstrap_actor): the same into a database without
// users, without a session; the folder's users.csv must have an admin, who
// then signs in for everything else. Conflict when the database has users.
ImportReport import_first_folder(store::Database& db, const std::string& dir, const std::string& os_user,
                                 const ImportOptions& options = {});

} // namespace hjt::app
