// Claims, their events, camt.054 files and the receipts they brought (schema
// 16). Plain reads and append-only writes in the caller's transaction; every
// row written is sealed into the caller's audit entry (store/row_seals.h). The
// rules (matching, four eyes, permissions) live in app/claims_service.
#pragma once

#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/claims.h"
#include "domain/receipt_matching.h"
#include "store/row_seals.h"

namespace hjt::store {

namespace sealed {
extern const SealedTable claims;
extern const SealedTable claim_events;
extern const SealedTable camt_files;
extern const SealedTable receipts;
} // namespace sealed

struct NewClaim {
    Id family_id = 0;
    Id child_id = 0;
    int year = 0;
    Id reconciliation_id = 0;
    std::optional<Id> ledger_posting_id;
    Money amount;
    Date issued;
    Date due;
};

void insert_claims(soci::session& sql, const std::vector<NewClaim>& claims, const std::string& at,
                   const std::string& by, RowSeals& written);

// Claims with their events in order and their payment IDs (of one family, or all), by id.
std::vector<Claim> load_claims(soci::session& sql, std::optional<Id> family_id = std::nullopt);
std::optional<Claim> load_claim(soci::session& sql, Id claim_id);

// Appends an event (its recorded_at and recorded_by as given) and returns its id.
Id append_claim_event(soci::session& sql, Id claim_id, const ClaimEvent& event, RowSeals& written);

// The message id or the file's SHA-256 was imported before.
bool camt_file_seen(soci::session& sql, const std::string& message_id, const std::string& sha256);
// Those of `entry_refs` that earlier files brought.
std::vector<std::string> known_entry_refs(soci::session& sql, const std::vector<std::string>& entry_refs);
Id insert_camt_file(soci::session& sql, const std::string& message_id, const std::string& sha256, long long entries,
                    Money total, const std::string& at, const std::string& by, RowSeals& written);
Id insert_receipt(soci::session& sql, Id camt_file_id, const IncomingPayment& payment, RowSeals& written);

std::vector<Receipt> load_receipts(soci::session& sql, bool only_unassigned);
std::optional<Receipt> load_receipt(soci::session& sql, Id receipt_id);

// Names a family's payments may come from: the family's and its award parents'.
std::map<Id, std::vector<std::string>> payer_names(soci::session& sql);

// Set-off lines of approved runs that no claim event has settled yet: by child
// the amount withheld (positive), and the lines of one run.
std::map<Id, Money> pending_set_offs(soci::session& sql);
struct SetOffLine {
    Id line_id = 0;
    Id family_id = 0;
    Id child_id = 0;
    Money withheld;  // positive
};
std::vector<SetOffLine> unsettled_set_off_lines(soci::session& sql, Id run_id);

// The ledger posting that a set-off settled a claim (kind "claim_set_off",
// positive): the claim posted at the year's end is repaid, so the family's
// balance counts the withheld money once.
void post_claim_set_off(soci::session& sql, const SetOffLine& line, Month month, Money amount,
                        const std::string& description, const std::string& at, const std::string& by,
                        RowSeals& written);

// What a hand-over names of each claim's debtor (the family's name and CVR) and child, by claim id.
struct Debtor {
    std::string name;
    std::string cvr;
    std::string child_name;
};
std::map<Id, Debtor> claim_debtors(soci::session& sql);

} // namespace hjt::store
