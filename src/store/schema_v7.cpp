#include "store/schema.h"

namespace hjt::store {

// Payroll rules of issue 22 (domain.md §5, §6):
// - a shift is work or sick hours (sick pay in the employer period is wages);
// - a grant version may widen the subsidisable window for its child: its own
//   clock times (minutes after midnight; NULL keeps the policy's) and weekends;
// - the new policy settings, with their defaults, for a database whose policy
//   is already stored (a new database gets them from policy.properties).
std::vector<std::string> schema_v7() {
    return {
        "ALTER TABLE shifts ADD COLUMN kind TEXT NOT NULL DEFAULT 'work'",
        "ALTER TABLE grant_versions ADD COLUMN window_start_minute INTEGER",
        "ALTER TABLE grant_versions ADD COLUMN window_end_minute INTEGER",
        "ALTER TABLE grant_versions ADD COLUMN window_weekends INTEGER NOT NULL DEFAULT 0",
        "INSERT INTO policy_values (name, value) SELECT 'payroll.rounding_method', '1'"
        " WHERE EXISTS (SELECT 1 FROM policy_values)",
        "INSERT INTO policy_values (name, value) SELECT 'payroll.helper_income', 'A'"
        " WHERE EXISTS (SELECT 1 FROM policy_values)",
        "INSERT INTO policy_values (name, value) SELECT 'payroll.household_help_holiday', 'false'"
        " WHERE EXISTS (SELECT 1 FROM policy_values)",
        "INSERT INTO policy_values (name, value) SELECT 'holiday.extra_days', ''"
        " WHERE EXISTS (SELECT 1 FROM policy_values)",
    };
}

} // namespace hjt::store
