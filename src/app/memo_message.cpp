#include "app/memo_message.h"

#include "app/base64_text.h"

#include <Poco/SAX/AttributesImpl.h>
#include <Poco/UUIDGenerator.h>
#include <Poco/XML/XMLWriter.h>

#include <sstream>
#include <stdexcept>

namespace hjt::app {

namespace {

const std::string kNamespace = "https://DigitalPost.dk/MeMo-1";

void check_party(const MemoParty& p, const char* role) {
    const std::size_t length = p.id_type == "CPR" ? 10 : p.id_type == "CVR" ? 8 : 0;
    if (length == 0 || p.id.size() != length || p.id.find_first_not_of("0123456789") != std::string::npos)
        throw std::invalid_argument(std::string("MeMo: the ") + role + " must be a CPR (10 digits) or CVR (8 digits)");
}

class MemoWriter {
public:
    explicit MemoWriter(std::ostream& out)
        : xml_(out, Poco::XML::XMLWriter::WRITE_XML_DECLARATION | Poco::XML::XMLWriter::PRETTY_PRINT) {
        xml_.setNewLine("\n");
    }
    Poco::XML::XMLWriter& xml() { return xml_; }
    void start(const std::string& name, const Poco::XML::AttributesImpl& attributes = {}) {
        xml_.startElement(kNamespace, name, "", attributes);
    }
    void end(const std::string& name) { xml_.endElement(kNamespace, name, ""); }
    void element(const std::string& name, const std::string& text) { xml_.dataElement(kNamespace, name, "", text); }
    void party(const std::string& element_name, const std::string& id_name, const MemoParty& p) {
        start(element_name);
        element(id_name, p.id);
        element("idType", p.id_type);
        if (!p.label.empty()) element("label", p.label);
        end(element_name);
    }

private:
    Poco::XML::XMLWriter xml_;
};

} // namespace

std::string memo_xml(const MemoMessage& m) {
    check_party(m.sender, "sender");
    check_party(m.recipient, "recipient");
    std::ostringstream out;
    MemoWriter w(out);
    w.xml().startDocument();
    w.xml().startPrefixMapping("memo", kNamespace);
    Poco::XML::AttributesImpl version;
    version.addAttribute("", "memoVersion", "memoVersion", "CDATA", "1.1");
    // MeMo_core.xsd 1.1 requires the schema's own version beside the model's
    // (tests/letters/memo_message_test.cpp validates against it).
    version.addAttribute("", "memoSchVersion", "memoSchVersion", "CDATA", "1.1.0");
    w.start("Message", version);
    w.start("MessageHeader");
    w.element("messageType", "DIGITALPOST");
    w.element("messageUUID", m.uuid);
    w.element("label", m.label);
    w.element("mandatory", "false");
    w.element("legalNotification", "false");
    w.party("Sender", "senderID", m.sender);
    w.party("Recipient", "recipientID", m.recipient);
    w.end("MessageHeader");
    w.start("MessageBody");
    w.element("createdDateTime", m.created);
    w.start("MainDocument");
    w.start("File");
    w.element("encodingFormat", "application/pdf");
    w.element("filename", m.filename);
    w.element("language", "da");
    w.element("content", to_base64(m.pdf));
    w.end("File");
    w.end("MainDocument");
    w.end("MessageBody");
    w.end("Message");
    w.xml().endPrefixMapping("memo");
    w.xml().endDocument();
    return out.str();
}

std::string new_message_uuid() { return Poco::UUIDGenerator::defaultGenerator().createRandom().toString(); }

} // namespace hjt::app
