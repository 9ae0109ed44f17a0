#include "store/schema.h"

namespace hjt::store {

// Version 5: the controls on expenses and lost-earnings awards (issue 16).
std::vector<std::string> schema_v5() {
    return {
        // Four eyes on expenses: who submitted and who decided; an approval
        // beyond the category's remaining budget carries its reason (flagged).
        // Expenses from before this version have no recorded submitter ('').
        "ALTER TABLE expenses ADD COLUMN submitted_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE expenses ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE expenses ADD COLUMN over_budget_reason TEXT NOT NULL DEFAULT ''",

        // An award's purpose is a code from a fixed list (domain/award_purpose.h).
        // Awards stored before were free text in the context of home training:
        // they become 'hjemmetraening', and their text is kept in purpose_text
        // so nothing the caseworker wrote is lost.
        "ALTER TABLE lost_earnings_awards ADD COLUMN purpose_text TEXT NOT NULL DEFAULT ''",
        "UPDATE lost_earnings_awards SET purpose_text = purpose"
        " WHERE purpose NOT IN ('hjemmetraening', 'pasning', 'ledsagelse')",
        "UPDATE lost_earnings_awards SET purpose = 'hjemmetraening'"
        " WHERE purpose NOT IN ('hjemmetraening', 'pasning', 'ledsagelse')",
    };
}

} // namespace hjt::store
