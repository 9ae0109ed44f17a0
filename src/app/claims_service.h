// Repayment claims (issue 21): created by the final reconciliation, then
// settled by payments received, set-off, an instalment plan or a write-off
// (four eyes), every change audited with the rows it wrote sealed. Finance
// works on all claims; a family sees only its own (another family's claim
// answers NotFound, as the API's 404). Each function works in the caller's
// transaction.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "domain/claims.h"
#include "store/reconciliation_store.h"
#include "store/row_seals.h"

namespace hjt::app {

// A claim as shown: its events and what follows from them on `today`.
struct ClaimView {
    Claim claim;
    ClaimStatus status;
};

// The claims of the final reconciliations that end in a repayment claim,
// issued `issued` and due the policy's days later; the rows go into `written`
// (sealed by the caller's audit entry). Called by app/reconciliation_service
// in its transaction, so a year made final and its claims commit together.
void create_claims(soci::session& sql, const std::vector<store::StoredReconciliation>& finals, Date issued,
                   const std::string& at, const std::string& by, store::RowSeals& written);

// The claims a user may see (finance etc.: all, or one family's; a family: its own).
std::vector<ClaimView> list_claims(soci::session& sql, const User& actor, std::optional<Id> family_id, Date today);
// NotFound for an unknown claim or another family's.
ClaimView show_claim(soci::session& sql, const User& actor, Id claim_id, Date today);

// An instalment plan: `per_month` from `first` (ValidationError
// "amount_per_month"; Conflict for a claim with nothing to pay or handed over).
ClaimView add_plan(soci::session& sql, const User& actor, Id claim_id, Money per_month, Date first, Date today);

// A write-off is prepared by one finance user (amount at most the balance less
// write-offs already waiting, a reason required) and counts only when another
// approves it: the preparer is refused (Conflict).
Id prepare_write_off(soci::session& sql, const User& actor, Id claim_id, Money amount, const std::string& reason,
                     Date today);
ClaimView approve_write_off(soci::session& sql, const User& actor, Id claim_id, Id prepared_id, Date today);

// Where a claim changes, the audit entry with the rows written.
void audit_claim(soci::session& sql, const User& actor, const std::string& action, const ClaimView& before,
                 const ClaimView& after, const store::RowSeals& written);

// An event recorded now by `actor`.
ClaimEvent new_event(const User& actor, ClaimEventKind kind, Date date, Money amount, std::optional<Id> source = {},
                     std::string note = "");

// The claim as the service acts on it (NotFound when unknown), with its status on `today`.
ClaimView claim_view(soci::session& sql, Id claim_id, Date today);

} // namespace hjt::app
