#include "store/schema.h"

namespace hjt::store {

// Lost earnings by the corrected rules of domain.md §8 (issue 22).
std::vector<std::string> schema_v6() {
    return {
        // The parent's own normal weekly hours are required (§ 87, stk. 3).
        // Before, 37 was filled in when none were given, so a stored 37 may
        // be a default nobody gave: such awards are marked as not given,
        // flagged in the payout run and held until a caseworker confirms the
        // hours. Any other value was given by someone.
        "ALTER TABLE lost_earnings_awards ADD COLUMN normal_hours_given INTEGER NOT NULL DEFAULT 0",
        "UPDATE lost_earnings_awards SET normal_hours_given = 1 WHERE normal_hours_h100 <> 3700",

        // Days on which the parent draws holiday pay from a former employer:
        // no benefit for them (bekendtgørelse § 13).
        "CREATE TABLE lost_earnings_holidays ("
        " id INTEGER PRIMARY KEY, award_id INTEGER NOT NULL REFERENCES lost_earnings_awards(id),"
        " date_from TEXT NOT NULL, date_to TEXT NOT NULL)",
        "CREATE INDEX lost_earnings_holidays_award ON lost_earnings_holidays(award_id, date_from)",

        // Saved costs come off the parent's net after tax: a benefit line
        // carries them next to what is withheld.
        "ALTER TABLE payout_lines ADD COLUMN saved_costs_ore BIGINT NOT NULL DEFAULT 0",
    };
}

} // namespace hjt::store
