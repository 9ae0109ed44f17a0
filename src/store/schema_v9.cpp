#include "store/schema.h"

namespace hjt::store {

// What a reconciliation counts as received, as rows per line kind (issue 20):
// the four columns of schema 1 named the kinds of the day, so a new kind that
// counts would have needed a new column, and every consumer a new field. The
// columns' values are copied into rows and the columns dropped. The rows are
// sealed as part of their reconciliation's row (store/row_seals.cpp lists a
// "received_<kind>_ore" per kind, read from these rows), so the seals written
// before this migration still match.
std::vector<std::string> schema_v9() {
    std::vector<std::string> statements{
        "CREATE TABLE reconciliation_received ("
        " reconciliation_id INTEGER NOT NULL REFERENCES reconciliations(id), kind TEXT NOT NULL,"
        " amount_ore BIGINT NOT NULL, PRIMARY KEY (reconciliation_id, kind))",
    };
    for (const char* kind : {"helper", "fixed", "expense", "adjustment"})
        statements.push_back(std::string("INSERT INTO reconciliation_received (reconciliation_id, kind, amount_ore)"
                                         " SELECT id, '") + kind + "', received_" + kind + "_ore FROM reconciliations");
    for (const char* kind : {"helper", "fixed", "expense", "adjustment"})
        statements.push_back(std::string("ALTER TABLE reconciliations DROP COLUMN received_") + kind + "_ore");
    return statements;
}

} // namespace hjt::store
