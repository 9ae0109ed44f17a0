// camt.054.001.02 notifications for tests: booked credit entries by default,
// valid against the published schema (camt_schema_test.cpp).
#pragma once

#include <string>
#include <vector>

namespace hjt::test {

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
};

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
               "<NtryDtls><TxDtls>" +
               // The schema allows no empty name: a payment without one has no Dbtr.
               (e.payer.empty() ? "" : "<RltdPties><Dbtr><Nm>" + e.payer + "</Nm></Dbtr></RltdPties>") + "<RmtInf>" +
               (e.unstructured.empty() ? "" : "<Ustrd>" + e.unstructured + "</Ustrd>") +
               (e.reference.empty() ? ""
                                    : "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>" +
                                          e.reference + "</Ref></CdtrRefInf></Strd>") +
               "</RmtInf></TxDtls></NtryDtls></Ntry>\n";
    }
    return xml + "  </Ntfctn>\n </BkToCstmrDbtCdtNtfctn>\n</Document>\n";
}

} // namespace hjt::test
