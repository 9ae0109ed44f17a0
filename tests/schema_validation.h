// Validates an XML document hjt writes (or a test fixture it reads) against the
// published XML Schema of its format, with libxml2: the bank file (ISO 20022
// pain.001.001.03), the bank's notification of payments received (camt.054)
// and the Digital Post message (MeMo 1.1). The schemas are copies of the
// published ones in tests/schemas/ (tests/schemas/NOTICE says where each
// comes from).
#pragma once

#include <string>
#include <vector>

namespace hjt::test {

// The schema file under tests/schemas/, e.g. "iso20022/pain.001.001.03.xsd".
std::string schema_path(const std::string& relative);

// Every error libxml2 reports for `xml` against the schema at `xsd_path`
// (line and message); empty when the document is valid. A schema that does not
// load is an error in the list, so a broken copy can never pass a document.
std::vector<std::string> schema_errors(const std::string& xsd_path, const std::string& xml);

} // namespace hjt::test
