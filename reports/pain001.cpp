#include "reports/pain001.h"

#include "domain/iban.h"
#include "reports/payout_labels.h"
#include "reports/xml_text.h"

namespace hjt::reports {
namespace {

// Max35Text / Max70Text / Max140Text: cut on a UTF-8 character boundary.
std::string limited(const std::string& text, std::size_t max_characters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && characters++ == max_characters)
            return text.substr(0, i);
    }
    return text;
}

// <Tag>text</Tag> with the text escaped.
std::string element(const std::string& tag, const std::string& text) {
    return "<" + tag + ">" + xml_escaped(text) + "</" + tag + ">";
}

std::string agent(const std::string& bic) {
    return bic.empty() ? "<FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId>"
                       : "<FinInstnId>" + element("BIC", bic) + "</FinInstnId>";
}

std::string transaction(const BankTransfer& t) {
    return "<CdtTrfTxInf>"
           "<PmtId>" + element("InstrId", limited(t.end_to_end_id, 35)) +
           element("EndToEndId", limited(t.end_to_end_id, 35)) + "</PmtId>"
           "<Amt><InstdAmt Ccy=\"DKK\">" + plain_amount(t.amount) + "</InstdAmt></Amt>"
           "<Cdtr>" + element("Nm", limited(t.name, 70)) + "</Cdtr>"
           "<CdtrAcct><Id>" + element("IBAN", danish_iban(t.account)) + "</Id></CdtrAcct>"
           "<RmtInf>" + element("Ustrd", limited(t.reference, 140)) + "</RmtInf>"
           "</CdtTrfTxInf>\n";
}

} // namespace

std::string pain001_xml(const PaymentBatch& b) {
    std::string count = std::to_string(b.transfers.size());
    std::string sum = plain_amount(total_of(b.transfers));
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\""
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        "<CstmrCdtTrfInitn>\n"
        "<GrpHdr>" + element("MsgId", limited(b.message_id, 35)) + element("CreDtTm", b.created_at) +
        element("NbOfTxs", count) + element("CtrlSum", sum) +
        "<InitgPty>" + element("Nm", limited(b.debtor.name, 70)) + "</InitgPty></GrpHdr>\n"
        "<PmtInf>" + element("PmtInfId", limited(b.message_id, 35)) + element("PmtMtd", "TRF") +
        element("BtchBookg", "false") + element("NbOfTxs", count) + element("CtrlSum", sum) +
        element("ReqdExctnDt", iso(b.execution_date)) +
        "<Dbtr>" + element("Nm", limited(b.debtor.name, 70)) + "</Dbtr>"
        "<DbtrAcct><Id>" + element("IBAN", b.debtor.iban) + "</Id><Ccy>DKK</Ccy></DbtrAcct>"
        "<DbtrAgt>" + agent(b.debtor.bic) + "</DbtrAgt>\n";
    for (const auto& t : b.transfers) xml += transaction(t);
    xml += "</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n";
    return xml;
}

} // namespace hjt::reports
