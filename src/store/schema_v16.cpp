#include "store/schema.h"

namespace hjt::store {

// Version 16: repayment claims (issue 21). A claim is created, in the same
// transaction, by the final reconciliation whose balance it is; what happens
// to it afterwards is appended to claim_events and never rewritten, so its
// balance and state are always derived (domain/claims.h). Payments received
// come from the bank's camt.054 files: a file once (its message id and its
// SHA-256), each entry once (the bank's entry reference), so money is never
// counted twice. A receipt settles claims through payment events (UNIQUE per
// claim, kind and source: a receipt settles a claim once, a run line is set
// off once, a write-off is approved once); what a receipt has left is
// unassigned, for finance.
std::vector<std::string> schema_v16() {
    return {
        "CREATE TABLE claims ("
        " id INTEGER PRIMARY KEY, family_id INTEGER NOT NULL REFERENCES families(id),"
        " child_id INTEGER NOT NULL REFERENCES children(id), year INTEGER NOT NULL,"
        " reconciliation_id INTEGER NOT NULL UNIQUE REFERENCES reconciliations(id),"
        " ledger_posting_id INTEGER UNIQUE REFERENCES ledger_postings(id),"
        " amount_ore BIGINT NOT NULL CHECK (amount_ore > 0), issued_on TEXT NOT NULL, due_on TEXT NOT NULL,"
        " created_at TEXT NOT NULL, created_by TEXT NOT NULL)",
        "CREATE INDEX claims_family ON claims(family_id)",
        "CREATE TABLE claim_events ("
        " id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims(id), kind TEXT NOT NULL,"
        " event_date TEXT NOT NULL, amount_ore BIGINT NOT NULL DEFAULT 0 CHECK (amount_ore >= 0),"
        " source_id INTEGER, note TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)",
        "CREATE INDEX claim_events_claim ON claim_events(claim_id)",
        "CREATE UNIQUE INDEX claim_events_source ON claim_events(claim_id, kind, source_id)",
        "CREATE TABLE camt_files ("
        " id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL UNIQUE,"
        " entries INTEGER NOT NULL, total_ore BIGINT NOT NULL, imported_at TEXT NOT NULL, imported_by TEXT NOT NULL)",
        "CREATE TABLE receipts ("
        " id INTEGER PRIMARY KEY, camt_file_id INTEGER NOT NULL REFERENCES camt_files(id),"
        " entry_ref TEXT NOT NULL UNIQUE, booked_on TEXT NOT NULL, amount_ore BIGINT NOT NULL CHECK (amount_ore > 0),"
        " reference TEXT NOT NULL DEFAULT '', payer_name TEXT NOT NULL DEFAULT '')",
    };
}

} // namespace hjt::store
