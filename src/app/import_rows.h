// An import folder as read from its CSV files, before anything is stored:
// each row keeps its source (for errors) and the external keys by which rows
// of one file refer to rows of another.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/import_fields.h"
#include "domain/entities.h"

namespace hjt::app {

struct FamilyRow { Source at; std::string key; Family family; };
struct ChildRow { Source at; std::string key, family_key; Child child; };
struct HelperRow { Source at; std::string key, family_key; Helper helper; };
struct GrantRow { Source at; std::string key, child_key; Grant grant; };  // versions come from their own file
struct VersionRow { Source at; std::string grant_key; GrantVersion version; };
// Fixed-amount lines and expense budgets belong to the version of their grant
// with the same effective date.
struct FixedLineRow { Source at; std::string grant_key; Date effective_from; FixedLine line; };
struct BudgetRow { Source at; std::string grant_key; Date effective_from; ExpenseBudget budget; };
struct ExpenseRow { Source at; std::string child_key; Expense expense; };
struct AwardRow { Source at; std::string child_key; LostEarningsAward award; };
struct UserRow { Source at; std::string username, password, family_key; Role role = Role::auditor; };

struct ImportRows {
    std::vector<FamilyRow> families;
    std::vector<ChildRow> children;
    std::vector<HelperRow> helpers;
    std::vector<GrantRow> grants;
    std::vector<VersionRow> versions;
    std::vector<FixedLineRow> fixed_lines;
    std::vector<BudgetRow> budgets;
    std::vector<ExpenseRow> expenses;
    std::vector<AwardRow> awards;
    std::vector<UserRow> users;
    long long cpr_modulus_warnings = 0;  // CPR numbers failing mod 11: allowed, but counted
};

// Reads every known file of `dir` (missing ones are empty), checking each
// field on its own. Problems go to `errors`; the rows read are returned anyway
// so the caller can go on checking references and report everything at once.
ImportRows read_import_rows(const std::string& dir, ImportErrors& errors);

} // namespace hjt::app
