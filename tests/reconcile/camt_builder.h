// camt.054.001.02 notifications for tests: booked credit entries by default,
// valid against the published schema (camt_schema_test.cpp).
#pragma once

#include <string>
#include <vector>

namespace hjt::test {

// One payment of a batch entry (several TxDtls under one Ntry).
struct CamtTransaction {
    std::string amount;           // "5000.00"
    std::string reference = "";   // structured creditor reference
    std::string payer = "";
    std::string unstructured = "";
    std::string currency = "DKK";
};

struct CamtEntry {
    std::string ref;
    std::string amount;           // "5000.00"
    std::string reference = "";   // structured creditor reference
    std::string payer = "";
    std::string unstructured = "";
    std::string indicator = "CRDT";
    std::string currency = "DKK";
    std::string booked = "2025-03-04";
    std::string status = "BOOK";
    std::vector<CamtTransaction> batch = {};  // empty: one transaction, the entry's own fields
};

// A TxDtls in camt.054.001.02's element order (AmtDtls, RltdPties, RmtInf);
// `amount` empty leaves out AmtDtls (a single transaction has the entry's amount).
inline std::string camt_transaction(const CamtTransaction& t) {
    return "<TxDtls>" +
           (t.amount.empty() ? ""
                             : "<AmtDtls><TxAmt><Amt Ccy=\"" + t.currency + "\">" + t.amount + "</Amt></TxAmt></AmtDtls>") +
           // The schema allows no empty name: a payment without one has no Dbtr.
           (t.payer.empty() ? "" : "<RltdPties><Dbtr><Nm>" + t.payer + "</Nm></Dbtr></RltdPties>") + "<RmtInf>" +
           (t.unstructured.empty() ? "" : "<Ustrd>" + t.unstructured + "</Ustrd>") +
           (t.reference.empty() ? ""
                                : "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>" + t.reference +
                                      "</Ref></CdtrRefInf></Strd>") +
           "</RmtInf></TxDtls>";
}

inline std::string camt_entry_details(const CamtEntry& e) {
    if (e.batch.empty()) return camt_transaction({"", e.reference, e.payer, e.unstructured});
    std::string xml = "<Btch><NbOfTxs>" + std::to_string(e.batch.size()) + "</NbOfTxs></Btch>";
    for (const auto& t : e.batch) xml += camt_transaction(t);
    return xml;
}

inline std::string camt054(const std::string& message_id, const std::vector<CamtEntry>& entries) {
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">\n"
        " <BkToCstmrDbtCdtNtfctn>\n"
        "  <GrpHdr><MsgId>" + message_id + "</MsgId><CreDtTm>2025-03-05T08:00:00</CreDtTm></GrpHdr>\n"
        "  <Ntfctn><Id>N-" + message_id + "</Id><CreDtTm>2025-03-05T08:00:00</CreDtTm>\n"
        "   <Acct><Id><IBAN>DK4515510001234567</IBAN></Id></Acct>\n";
    for (const auto& e : entries) {
        xml += "   <Ntry><NtryRef>" + e.ref + "</NtryRef><Amt Ccy=\"" + e.currency + "\">" + e.amount +
               "</Amt><CdtDbtInd>" + e.indicator + "</CdtDbtInd><Sts>" + e.status +
               "</Sts><BookgDt><Dt>" + e.booked + "</Dt></BookgDt><ValDt><Dt>" + e.booked +
               "</Dt></ValDt><AcctSvcrRef>B-" + e.ref +
               "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>"
               "<NtryDtls>" + camt_entry_details(e) + "</NtryDtls></Ntry>\n";
    }
    return xml + "  </Ntfctn>\n </BkToCstmrDbtCdtNtfctn>\n</Document>\n";
}

} // namespace hjt::test
