// The MeMo message: valid against Digitaliseringsstyrelsen's published MeMo 1.1
// schema, the elements and order of its published minimum example, the PDF
// base64-encoded, hostile text escaped by the XML library, and ids that are
// not CPR/CVR refused.
#include <catch2/catch.hpp>

#include <Poco/Base64Decoder.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/AutoPtr.h>

#include <sstream>

#include "app/memo_message.h"
#include "schema_validation.h"

using namespace hjt::app;

namespace {

const std::string kMemo = "https://DigitalPost.dk/MeMo-1";

MemoMessage message() {
    return {"8c2ea15d-61fb-4ba9-9366-42f8b194c114", "Årsopgørelse 2026 <endelig> & afgjort",
            {"30000005", "CVR", "Egeskov Kommune"}, {"0101801234", "CPR", ""}, "2027-02-05T08:00:00Z",
            "aarsopgoerelse-7-2026.pdf", std::string("%PDF-1.5\n\xc3\xa6\xc3\xb8\xc3\xa5\0binary", 22)};
}

// Every element's local name in document order, namespace checked.
std::string element_paths(const Poco::XML::Element* e, const std::string& parent = "") {
    REQUIRE(e->namespaceURI() == kMemo);
    std::string path = parent + "/" + e->localName();
    std::string out = path + "\n";
    for (auto* child = e->firstChild(); child; child = child->nextSibling())
        if (auto* element = dynamic_cast<const Poco::XML::Element*>(child)) out += element_paths(element, path);
    return out;
}

std::string element_text(const Poco::XML::Document* doc, const std::string& local_name) {
    Poco::AutoPtr<Poco::XML::NodeList> nodes = doc->getElementsByTagNameNS(kMemo, local_name);
    REQUIRE(nodes->length() >= 1);
    return nodes->item(0)->innerText();
}

} // namespace

TEST_CASE("a MeMo message has the published minimum example's elements in its order", "[memo]") {
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(memo_xml(message()));
    CHECK(element_paths(doc->documentElement()) ==
          "/Message\n"
          "/Message/MessageHeader\n"
          "/Message/MessageHeader/messageType\n"
          "/Message/MessageHeader/messageUUID\n"
          "/Message/MessageHeader/label\n"
          "/Message/MessageHeader/mandatory\n"
          "/Message/MessageHeader/legalNotification\n"
          "/Message/MessageHeader/Sender\n"
          "/Message/MessageHeader/Sender/senderID\n"
          "/Message/MessageHeader/Sender/idType\n"
          "/Message/MessageHeader/Sender/label\n"
          "/Message/MessageHeader/Recipient\n"
          "/Message/MessageHeader/Recipient/recipientID\n"
          "/Message/MessageHeader/Recipient/idType\n"
          "/Message/MessageBody\n"
          "/Message/MessageBody/createdDateTime\n"
          "/Message/MessageBody/MainDocument\n"
          "/Message/MessageBody/MainDocument/File\n"
          "/Message/MessageBody/MainDocument/File/encodingFormat\n"
          "/Message/MessageBody/MainDocument/File/filename\n"
          "/Message/MessageBody/MainDocument/File/language\n"
          "/Message/MessageBody/MainDocument/File/content\n");
    CHECK(doc->documentElement()->getAttribute("memoVersion") == "1.1");
    CHECK(element_text(doc, "messageType") == "DIGITALPOST");
    CHECK(element_text(doc, "label") == "Årsopgørelse 2026 <endelig> & afgjort");
    CHECK(element_text(doc, "recipientID") == "0101801234");
    CHECK(element_text(doc, "encodingFormat") == "application/pdf");
    CHECK(element_text(doc, "language") == "da");
    std::istringstream encoded(element_text(doc, "content"));
    Poco::Base64Decoder decoder(encoded);
    const std::string decoded(std::istreambuf_iterator<char>(decoder), {});
    CHECK(decoded == message().pdf);
}

TEST_CASE("a MeMo message is valid against the published MeMo 1.1 schema (MeMo_core.xsd)", "[memo]") {
    const std::string xsd = hjt::test::schema_path("memo/MeMo_core.xsd");
    CHECK(hjt::test::schema_errors(xsd, memo_xml(message())) == std::vector<std::string>{});
    auto to_company = message();
    to_company.recipient = {"30000005", "CVR", "Familien A & Søn"};
    CHECK(hjt::test::schema_errors(xsd, memo_xml(to_company)) == std::vector<std::string>{});
    // The check can fail: a message type the schema does not know is reported.
    std::string broken = memo_xml(message());
    broken.replace(broken.find("DIGITALPOST"), 11, "BREV");
    CHECK_FALSE(hjt::test::schema_errors(xsd, broken).empty());
}

TEST_CASE("a MeMo recipient that is not a CPR or CVR number is refused", "[memo]") {
    auto m = message();
    m.recipient = {"010180-1234", "CPR", ""};
    CHECK_THROWS_AS(memo_xml(m), std::invalid_argument);
    m.recipient = {"0101801234", "EMAIL", ""};
    CHECK_THROWS_AS(memo_xml(m), std::invalid_argument);
}

TEST_CASE("message UUIDs are fresh version 4 UUIDs", "[memo]") {
    const std::string a = new_message_uuid(), b = new_message_uuid();
    CHECK(a != b);
    CHECK(a.size() == 36);
    CHECK(a[14] == '4');
}
