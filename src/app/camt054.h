// The bank's notification of incoming payments, ISO 20022 camt.054
// (BankToCustomerDebitCreditNotification, versions 001.02 to 001.08), read
// with Poco's XML parser. Only booked credit entries are payments received;
// debit and not-yet-booked entries are counted and left out. An entry is one
// payment: its amount (DKK), its booking date, the bank's entry reference
// (NtryRef, else AcctSvcrRef: how a payment is known never to be counted
// twice), the remittance information (structured creditor reference and the
// unstructured text) and the payer's name. An entry carrying several
// transactions (a batch booking, NtryDtls/TxDtls) is one payment per
// transaction, each with its own amount, remittance information and payer,
// known as "<entry reference>/<n>"; their amounts must add up to the entry's.
// A file that does not read so is refused whole: ValidationError whose field
// names the entry ("post 3 (NtryRef E3)") and whose message says, in Danish,
// what is wrong.
#pragma once

#include <string>
#include <vector>

#include "domain/receipt_matching.h"

namespace hjt::app {

struct CamtFile {
    std::string message_id;                 // GrpHdr/MsgId
    std::vector<IncomingPayment> payments;  // booked credit entries, in file order
    long long left_out = 0;                 // debit or not booked
};

// `source` names the file in messages.
CamtFile parse_camt054(const std::string& xml, const std::string& source);

} // namespace hjt::app
