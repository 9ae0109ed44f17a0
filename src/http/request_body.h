// The body of a request: read with a cap (Content-Length is checked before
// reading; a chunked body is read until one byte past the cap) and parsed as
// one JSON object. Kept apart from the server so a fuzz harness can drive
// parse_json_body directly.
#pragma once

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <istream>
#include <string>

namespace hjt::http {

// At most `max_bytes` from `in`; HttpError 413 when there is more.
// `declared_length` (Content-Length, -1 when chunked): a body that ends
// before it is truncated, ValidationError("body").
std::string read_capped_body(std::istream& in, std::size_t max_bytes, long long declared_length);

// One JSON object ({} for an empty or blank body). Malformed, truncated or
// non-object JSON is ValidationError("body", ...).
Poco::JSON::Object::Ptr parse_json_body(const std::string& text);

} // namespace hjt::http
