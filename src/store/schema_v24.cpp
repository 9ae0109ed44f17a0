#include "store/schema.h"

namespace hjt::store {

// Version 24: the figures a family needs to redo its annual statement by hand
// (issue 19): the year's approved hours from the exact yearly total, rounded
// once (1.040,00 for 20 h/week, where the months' rounded hours add up to
// 1.040,04), and each month's exact hourly cost in hundredths of øre
// (157,875 kr, where hourly_cost_ore holds 157,88). NULL on rows stored
// before: they read as the sum of the months and the øre price, as then, and
// the row seals leave NULL out, so rows sealed before keep their hashes.
std::vector<std::string> schema_v24() {
    return {
        "ALTER TABLE reconciliations ADD COLUMN approved_year_h100 BIGINT",
        "ALTER TABLE reconciliation_months ADD COLUMN hourly_cost_ore100 BIGINT",
    };
}

} // namespace hjt::store
