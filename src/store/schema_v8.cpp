#include "store/schema.h"

namespace hjt::store {

// Accounts under verification (issue 16, "account being verified"): an
// account set or changed in the register is "til kontrol" until a finance
// user other than the one who set it confirms it; payout runs hold back its
// lines meanwhile. The column names who set it; '' is confirmed, so accounts
// stored before this migration keep being paid.
std::vector<std::string> schema_v8() {
    return {
        "ALTER TABLE families ADD COLUMN bank_unconfirmed_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE lost_earnings_awards ADD COLUMN parent_bank_unconfirmed_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE lost_earnings_awards ADD COLUMN pension_unconfirmed_by TEXT NOT NULL DEFAULT ''",
    };
}

} // namespace hjt::store
