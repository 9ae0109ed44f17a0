#include "store/schema.h"

namespace hjt::store {

// Version 18: helpers' tax cards with history (issue 23, README "Tax
// cards"). Rows are only ever added: a card is put right by a newer one.
std::vector<std::string> schema_v18() {
    return {
        "CREATE TABLE helper_tax_cards ("
        " id INTEGER PRIMARY KEY, helper_id INTEGER NOT NULL REFERENCES helpers(id), kind TEXT NOT NULL,"
        " valid_from TEXT NOT NULL, withholding_bp INTEGER NOT NULL, monthly_deduction_ore BIGINT NOT NULL,"
        " free_amount_ore BIGINT NOT NULL, registered_by TEXT NOT NULL, registered_at TEXT NOT NULL)",
        "CREATE INDEX helper_tax_cards_helper ON helper_tax_cards(helper_id, valid_from)",
    };
}

} // namespace hjt::store
