#include "store/schema.h"

namespace hjt::store {

// What is approved is what is paid; held back, not dropped; no silent catch-up (domain.md §4).
std::vector<std::string> schema_v3() {
    return {
        // Each transfer's payee as the run recorded it when prepared: the bank
        // files are written from these rows, never from the register. One per
        // (run, family, payee, award); seq orders them for the content hash.
        // reg_no/account_no NULL: the payee had no account (its lines are held back).
        "CREATE TABLE payout_payees ("
        " id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES payout_runs(id), seq INTEGER NOT NULL,"
        " payee TEXT NOT NULL, family_id INTEGER NOT NULL REFERENCES families(id),"
        " award_id INTEGER REFERENCES lost_earnings_awards(id), name TEXT NOT NULL, cvr TEXT NOT NULL DEFAULT '',"
        " reg_no TEXT, account_no TEXT, parent_name TEXT NOT NULL DEFAULT '',"
        " UNIQUE (run_id, seq))",
        "CREATE INDEX payout_payees_family ON payout_payees(family_id, run_id)",
        // A held-back line: why it is not paid ('' when it is). It stays owed
        // until a line of a later approved run names it in released_line_id.
        "ALTER TABLE payout_lines ADD COLUMN held_back TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE payout_lines ADD COLUMN released_line_id INTEGER REFERENCES payout_lines(id)",
        "CREATE INDEX payout_lines_released ON payout_lines(released_line_id)",
        // The months without an approved run a run pays late (asked for as catch-up), comma-separated.
        "ALTER TABLE payout_runs ADD COLUMN catch_up_months TEXT NOT NULL DEFAULT ''",
    };
}

} // namespace hjt::store
