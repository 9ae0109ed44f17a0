// Whether a text (a sheet's XML, a PDF's text, a refusal) holds a part: the
// tests' one spelling of find() != npos.
#pragma once

#include <string>

namespace hjt::test {

inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace hjt::test
