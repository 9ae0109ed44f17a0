// Base64 (RFC 4648, the standard alphabet, padded, no line breaks) for files
// that travel in JSON or XML: receipts, MeMo documents.
#pragma once

#include <optional>
#include <string>

namespace hjt::app {

std::string to_base64(const std::string& bytes);
// nullopt when `text` is not base64.
std::optional<std::string> from_base64(const std::string& text);

} // namespace hjt::app
