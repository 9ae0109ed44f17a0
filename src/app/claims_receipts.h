// Payments received (issue 21): a camt.054 file imported once, its booked
// credit entries stored as receipts and matched to open claims (by payment ID,
// then amount and payer: domain/receipt_matching.h); what matches settles
// claims, the rest is listed for finance to assign by hand. A file or an entry
// seen before is refused (Conflict), a bad file is refused whole
// (ValidationError naming the entry): nothing is stored either way.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/claims_service.h"
#include "domain/receipt_matching.h"

namespace hjt::app {

struct CamtImport {
    Id camt_file_id = 0;
    std::string message_id;
    long long receipts = 0;      // payments stored
    long long matched = 0;       // of them, settling a claim
    long long left_out = 0;      // debit or not booked entries of the file
    Money total;                 // of the receipts
    Money settled;               // of it, settling claims
    Money unassigned;            // of it, for finance
};

CamtImport import_camt(soci::session& sql, const User& actor, const std::string& xml, const std::string& source,
                       Date today);

// The receipts (only those with something unassigned, or all).
std::vector<Receipt> list_receipts(soci::session& sql, const User& actor, bool only_unassigned);

// Settles `claim_id` with what is left of the receipt (at most `amount` when
// given, and never beyond the claim's balance): ValidationError "amount",
// NotFound for an unknown receipt or claim, Conflict when the receipt has
// nothing left or already settled that claim.
ClaimView assign_receipt(soci::session& sql, const User& actor, Id receipt_id, Id claim_id,
                         std::optional<Money> amount, Date today);

} // namespace hjt::app
