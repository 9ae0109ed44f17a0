// The bank payment file: ISO 20022 customer credit transfer initiation,
// pain.001.001.03 (the version Danish banks take for corporate payments).
// One message, one payment information block (the municipality's account,
// one execution date), one CdtTrfTxInf per transfer (family, parent, pension scheme). GrpHdr and PmtInf both
// carry NbOfTxs and CtrlSum, the sum of the amounts, which the bank checks.
// Creditor accounts are IBANs derived from reg.no. + account (domain/iban.h);
// amounts have '.' decimals as the standard's decimal type requires.
#pragma once

#include <string>
#include <vector>

#include "domain/bank_transfer.h"

namespace hjt::reports {

// The paying municipality (config/payment.properties).
struct Debtor {
    std::string name;
    std::string iban;
    std::string bic;  // "" when not configured: the agent is then given as NOTPROVIDED
};

struct PaymentBatch {
    std::string message_id;   // unique per file sent to the bank, at most 35 characters
    std::string created_at;   // ISO date-time, e.g. "2026-03-25T10:15:00"
    Date execution_date;      // ReqdExctnDt
    Debtor debtor;
    std::vector<BankTransfer> transfers;
};

std::string pain001_xml(const PaymentBatch& batch);

} // namespace hjt::reports
