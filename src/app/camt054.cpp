#include "app/camt054.h"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/Exception.h>
#include <Poco/SAX/XMLReader.h>

#include <set>

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

    IncomingPayment payment() const {
        IncomingPayment p;
        p.entry_number = number_;
        if (ref_.empty()) refuse("mangler bankens reference (NtryRef eller AcctSvcrRef)");
        p.entry_ref = ref_;
        Element* amount = at(e_, {"Amt"});
        if (!amount) refuse("mangler beløb (Amt)");
        if (amount->getAttribute("Ccy") != "DKK")
            refuse("beløbet er i '" + amount->getAttribute("Ccy") + "'; kun DKK modtages");
        auto money = xml_amount(amount->innerText());
        if (!money || *money <= Money()) refuse("beløbet '" + amount->innerText() + "' er ikke et beløb over 0");
        p.amount = *money;
        std::string booked = text_at(e_, {"BookgDt", "Dt"});
        if (booked.empty()) booked = text_at(e_, {"BookgDt", "DtTm"}).substr(0, 10);
        auto date = parse_iso_date(booked);
        if (!date) refuse("mangler en gyldig bogføringsdato (BookgDt)");
        p.booked = *date;
        p.reference = remittance();
        p.payer_name = payer();
        return p;
    }

    std::string field() const {
        return source_ + ": post " + std::to_string(number_) + (ref_.empty() ? "" : " (NtryRef " + ref_ + ")");
    }
    [[noreturn]] void refuse(const std::string& why) const {
        throw ValidationError(field(), Message{MessageCode::camt_entry_refused,
                                               {std::to_string(number_) + (ref_.empty() ? "" : " (" + ref_ + ")"), why}});
    }
    const std::string& ref() const { return ref_; }

private:
    // The creditor references and unstructured texts of the entry, space-separated.
    std::string remittance() const {
        std::string text;
        for (const char* name : {"Ref", "Ustrd"}) {
            std::vector<Element*> found;
            all_below(e_, name, found);
            for (Element* f : found)
                if (name != std::string("Ref") || f->parentNode()->localName() == "CdtrRefInf")
                    text += (text.empty() ? "" : " ") + f->innerText();
        }
        return text;
    }
    // Dbtr/Nm (001.02) or Dbtr/Pty/Nm (001.08).
    std::string payer() const {
        std::vector<Element*> debtors;
        all_below(e_, "Dbtr", debtors);
        for (Element* d : debtors) {
            std::string name = text_at(d, {"Nm"});
            if (name.empty()) name = text_at(d, {"Pty", "Nm"});
            if (!name.empty()) return name;
        }
        return "";
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
            IncomingPayment p = reader.payment();
            if (!refs.insert(p.entry_ref).second) reader.refuse("har samme reference som en tidligere post i filen");
            file.payments.push_back(std::move(p));
        }
    return file;
}

} // namespace hjt::app
