// Text as XML character data or attribute value, for the XML the reports write
// by hand (pain.001, the PDF/A letters' XMP packet): & < > " ' escaped, and the
// control characters XML 1.0 cannot carry (all below 0x20 but tab, line feed
// and carriage return) made spaces.
#pragma once

#include <string>

namespace hjt::reports {

std::string xml_escaped(const std::string& text);

} // namespace hjt::reports
