#include "app/camt054.h"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/Exception.h>
#include <Poco/SAX/XMLReader.h>

#include <set>

#include "domain/danish_format.h"
#include "domain/digits.h"
#include "domain/errors.h"

namespace hjt::app {
namespace {

using Poco::AutoPtr;
using Poco::XML::Element;
using Poco::XML::Node;

const std::string kNamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.";
constexpr std::size_t kMaxFileBytes = 50u * 1024 * 1024;

// The child elements of `e` named `name` (any namespace: the document's own).
std::vector<Element*> children(const Node* e, const std::string& name) {
    std::vector<Element*> out;
    if (!e) return out;
    for (Node* n = e->firstChild(); n; n = n->nextSibling())
        if (n->nodeType() == Node::ELEMENT_NODE && n->localName() == name) out.push_back(static_cast<Element*>(n));
    return out;
}

// The element at `path` below `e` (first of each name); nullptr when missing.
Element* at(const Node* e, std::initializer_list<const char*> path) {
    const Node* node = e;
    Element* found = nullptr;
    for (const char* name : path) {
        auto list = children(node, name);
        if (list.empty()) return nullptr;
        node = found = list.front();
    }
    return found;
}

std::string text_at(const Node* e, std::initializer_list<const char*> path) {
    Element* found = at(e, path);
    return found ? found->innerText() : "";
}

// Every element named `name` below `e`, in document order.
void all_below(const Node* e, const std::string& name, std::vector<Element*>& out) {
    for (Node* n = e->firstChild(); n; n = n->nextSibling()) {
        if (n->nodeType() != Node::ELEMENT_NODE) continue;
        if (n->localName() == name) out.push_back(static_cast<Element*>(n));
        all_below(n, name, out);
    }
}

// "1234.50" -> 123450 øre: digits, optionally a point and one or two decimals.
std::optional<Money> xml_amount(const std::string& text) {
    auto point = text.find('.');
    std::string whole = text.substr(0, point);
    std::string decimals = point == std::string::npos ? "" : text.substr(point + 1);
    if (!all_digits(whole) || whole.size() > 15 || decimals.size() > 2 ||
        (point != std::string::npos && !all_digits(decimals)))
        return std::nullopt;
    decimals.resize(2, '0');
    return Money::ore(std::stoll(whole) * 100 + std::stoll(decimals));
}

// The creditor references and unstructured texts below `e`, space-separated.
std::string remittance(const Node* e) {
    std::string text;
    for (const char* name : {"Ref", "Ustrd"}) {
        std::vector<Element*> found;
        all_below(e, name, found);
        for (Element* f : found)
            if (name != std::string("Ref") || f->parentNode()->localName() == "CdtrRefInf")
                text += (text.empty() ? "" : " ") + f->innerText();
    }
    return text;
}

// The payer below `e`: Dbtr/Nm (001.02) or Dbtr/Pty/Nm (001.08).
std::string payer(const Node* e) {
    std::vector<Element*> debtors;
    all_below(e, "Dbtr", debtors);
    for (Element* d : debtors) {
        std::string name = text_at(d, {"Nm"});
        if (name.empty()) name = text_at(d, {"Pty", "Nm"});
        if (!name.empty()) return name;
    }
    return "";
}

// The entry's transactions (NtryDtls/TxDtls; NtryDtls repeats from 001.03 on).
std::vector<Element*> transactions(const Element* entry) {
    std::vector<Element*> out;
    for (Element* details : children(entry, "NtryDtls"))
        for (Element* tx : children(details, "TxDtls")) out.push_back(tx);
    return out;
}

class EntryReader {
public:
    EntryReader(const std::string& source, int number, Element* entry) : source_(source), number_(number), e_(entry) {
        ref_ = text_at(e_, {"NtryRef"});
        if (ref_.empty()) ref_ = text_at(e_, {"AcctSvcrRef"});
    }

    // The status is text in 001.02 (<Sts>BOOK</Sts>) and a code from 001.05 on.
    bool booked_credit() const {
        std::string status = text_at(e_, {"Sts", "Cd"});
        if (status.empty()) status = text_at(e_, {"Sts"});
        return text_at(e_, {"CdtDbtInd"}) == "CRDT" && status == "BOOK";
    }

    // The entry's payments: the entry itself, or each of its transactions when
    // it carries several (a batch booking: several payers' payments booked as
    // one amount), each known by the entry's reference and its place, "E7/2".
    std::vector<IncomingPayment> payments() const {
        IncomingPayment entry = payment_of(e_, at(e_, {"Amt"}), 0);
        auto txs = transactions(e_);
        if (txs.size() <= 1) return {entry};
        if (txs.size() > kMaxTransactionsPerEntry) refuse("har flere end 10.000 transaktioner");
        std::vector<IncomingPayment> out;
        Money sum;
        for (std::size_t i = 0; i < txs.size(); ++i) {
            IncomingPayment p = payment_of(txs[i], transaction_amount(txs[i]), i + 1);
            sum = sum + p.amount;
            out.push_back(std::move(p));
        }
        if (sum != entry.amount)
            refuse("har transaktioner på i alt " + format_kroner(sum) + ", men posten er på " +
                   format_kroner(entry.amount));
        return out;
    }

    [[noreturn]] void refuse(const std::string& why) const {
        throw ValidationError(field(), Message{MessageCode::camt_entry_refused,
                                               {std::to_string(number_) + (ref_.empty() ? "" : " (" + ref_ + ")"), why}});
    }

private:
    static constexpr std::size_t kMaxTransactionsPerEntry = 10000;

    // A transaction's amount: TxDtls/Amt from 001.05 on, TxDtls/AmtDtls/TxAmt/Amt before.
    static Element* transaction_amount(const Element* tx) {
        Element* amount = at(tx, {"Amt"});
        return amount ? amount : at(tx, {"AmtDtls", "TxAmt", "Amt"});
    }

    // One payment read from `e`: the entry (transaction 0) or its transaction number `transaction`.
    IncomingPayment payment_of(const Element* e, const Element* amount, std::size_t transaction) const {
        IncomingPayment p;
        p.entry_number = number_;
        if (ref_.empty()) refuse("mangler bankens reference (NtryRef eller AcctSvcrRef)");
        const std::string number = std::to_string(transaction);
        p.entry_ref = transaction == 0 ? ref_ : ref_ + "/" + number;
        p.amount = money_of(amount, transaction == 0 ? "" : " i transaktion " + number);
        p.booked = booking_date();
        p.reference = remittance(e);
        p.payer_name = payer(e);
        return p;
    }

    // `where` names a transaction in the refusal (" i transaktion 2"), empty for the entry.
    Money money_of(const Element* amount, const std::string& where) const {
        if (!amount) refuse("mangler beløb (Amt)" + where);
        if (amount->getAttribute("Ccy") != "DKK")
            refuse("beløbet" + where + " er i '" + amount->getAttribute("Ccy") + "'; kun DKK modtages");
        auto money = xml_amount(amount->innerText());
        if (!money || *money <= Money()) refuse("beløbet" + where + " '" + amount->innerText() + "' er ikke et beløb over 0");
        return *money;
    }

    Date booking_date() const {
        std::string booked = text_at(e_, {"BookgDt", "Dt"});
        if (booked.empty()) booked = text_at(e_, {"BookgDt", "DtTm"}).substr(0, 10);
        auto date = parse_iso_date(booked);
        if (!date) refuse("mangler en gyldig bogføringsdato (BookgDt)");
        return *date;
    }

    std::string field() const {
        return source_ + ": post " + std::to_string(number_) + (ref_.empty() ? "" : " (NtryRef " + ref_ + ")");
    }

    const std::string& source_;
    int number_;
    Element* e_;
    std::string ref_;
};

AutoPtr<Poco::XML::Document> parse(const std::string& xml, const std::string& source) {
    if (xml.size() > kMaxFileBytes) throw ValidationError(source, Message{MessageCode::camt_file_too_large, {}});
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    try {
        return parser.parseString(xml);
    } catch (const Poco::Exception& e) {
        throw ValidationError(source, Message{MessageCode::camt_not_xml, {e.displayText()}});
    }
}

} // namespace

CamtFile parse_camt054(const std::string& xml, const std::string& source) {
    AutoPtr<Poco::XML::Document> doc = parse(xml, source);
    Element* root = doc->documentElement();
    if (!root || root->localName() != "Document" || root->namespaceURI().rfind(kNamespacePrefix, 0) != 0)
        throw ValidationError(source, Message{MessageCode::camt_not_camt054, {kNamespacePrefix}});
    Element* message = at(root, {"BkToCstmrDbtCdtNtfctn"});
    CamtFile file;
    file.message_id = text_at(message, {"GrpHdr", "MsgId"});
    if (file.message_id.empty()) throw ValidationError(source, Message{MessageCode::camt_msgid_missing, {}});
    std::set<std::string> refs;
    int number = 0;
    for (Element* notification : children(message, "Ntfctn"))
        for (Element* entry : children(notification, "Ntry")) {
            EntryReader reader(source, ++number, entry);
            if (!reader.booked_credit()) {
                ++file.left_out;
                continue;
            }
            for (IncomingPayment& p : reader.payments()) {
                if (!refs.insert(p.entry_ref).second) reader.refuse("har samme reference som en tidligere post i filen");
                file.payments.push_back(std::move(p));
            }
        }
    return file;
}

} // namespace hjt::app
