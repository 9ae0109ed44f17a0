#include "schema_validation.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <cstdlib>
#include <memory>

namespace hjt::test {

namespace {

template <typename T, void (*Free)(T*)>
struct Freer {
    void operator()(T* p) const { Free(p); }
};
using ParserContext = std::unique_ptr<xmlSchemaParserCtxt, Freer<xmlSchemaParserCtxt, xmlSchemaFreeParserCtxt>>;
using Schema = std::unique_ptr<xmlSchema, Freer<xmlSchema, xmlSchemaFree>>;
using ValidContext = std::unique_ptr<xmlSchemaValidCtxt, Freer<xmlSchemaValidCtxt, xmlSchemaFreeValidCtxt>>;
using Document = std::unique_ptr<xmlDoc, Freer<xmlDoc, xmlFreeDoc>>;

// libxml2's structured error handler: one line per error, kept for the test to print.
void collect(void* errors, xmlErrorPtr error) {
    auto* list = static_cast<std::vector<std::string>*>(errors);
    std::string message = error->message ? error->message : "(no message)";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    list->push_back("line " + std::to_string(error->line) + ": " + message);
}

} // namespace

std::string schema_path(const std::string& relative) {
    const char* home = std::getenv("HJT_HOME");
    return std::string(home ? home : ".") + "/tests/schemas/" + relative;
}

std::vector<std::string> schema_errors(const std::string& xsd_path, const std::string& xml) {
    std::vector<std::string> errors;
    ParserContext parser(xmlSchemaNewParserCtxt(xsd_path.c_str()));
    if (!parser) return {"cannot read the schema " + xsd_path};
    xmlSchemaSetParserStructuredErrors(parser.get(), collect, &errors);
    Schema schema(xmlSchemaParse(parser.get()));
    if (!schema) {
        errors.push_back("the schema " + xsd_path + " does not load");
        return errors;
    }
    // No network, no entity expansion: the document is read as the bytes given.
    Document doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr, XML_PARSE_NONET));
    if (!doc) return {"the document is not well-formed XML"};
    ValidContext validator(xmlSchemaNewValidCtxt(schema.get()));
    if (!validator) return {"cannot create a validation context"};
    xmlSchemaSetValidStructuredErrors(validator.get(), collect, &errors);
    const int result = xmlSchemaValidateDoc(validator.get(), doc.get());
    if (result != 0 && errors.empty()) errors.push_back("invalid (libxml2 code " + std::to_string(result) + ")");
    return errors;
}

} // namespace hjt::test
