// Which claim a payment received settles (issue 21 "Payments received"):
// first by the claim's payment ID in the payment's reference, then by amount
// and payer (the amount equals the claim's balance and the payer's name is one
// of the family's, and exactly one claim fits). A payment settles a claim at
// most up to its balance: the rest stays unassigned on the receipt, for
// finance to refund or assign by hand, never absorbed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/units.h"

namespace hjt {

// One credit entry of a bank notification (app/camt054.h).
struct IncomingPayment {
    int entry_number = 0;     // its place in the file, 1-based (named in refusals)
    std::string entry_ref;    // the bank's reference of the entry (NtryRef / AcctSvcrRef): unique
    Date booked;
    Money amount;
    std::string reference;    // creditor reference and unstructured remittance text, as given
    std::string payer_name;
};

// A payment received as stored, with what of it has settled claims.
struct Receipt {
    Id id = 0;
    Id camt_file_id = 0;
    IncomingPayment payment;
    Money assigned;  // settled claims through payment events
    Money left() const { return payment.amount - assigned; }  // unassigned: for finance to assign or refund
};

// A claim with something left to pay.
struct OpenClaim {
    Id claim_id = 0;
    std::string payment_id;
    Money balance;
    std::vector<std::string> payer_names;  // the family's name and its parents' names
};

enum class MatchedBy { reference, amount_and_payer };

struct ReceiptSettlement {
    Id claim_id = 0;
    Money amount;  // min(what is left of the payment, the claim's balance)
    MatchedBy by = MatchedBy::reference;
};

// The settlement of `left` of a payment; nullopt when no claim fits (unassigned).
std::optional<ReceiptSettlement> match_payment(const IncomingPayment& payment, Money left,
                                               const std::vector<OpenClaim>& open);

// The settlements of a file's payments in order, each claim's balance lowered
// by the ones before it (two payments never settle more than a claim owes).
std::vector<std::optional<ReceiptSettlement>> match_payments(const std::vector<IncomingPayment>& payments,
                                                             std::vector<OpenClaim> open);

} // namespace hjt
