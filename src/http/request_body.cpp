#include "http/request_body.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include "domain/errors.h"
#include "http/http_errors.h"

namespace hjt::http {
namespace {

// Request bodies are records with a list or two inside; anything nested deeper
// is refused before it can exhaust the parser's stack.
constexpr std::size_t kMaxJsonDepth = 16;

} // namespace

std::string read_capped_body(std::istream& in, std::size_t max_bytes, long long declared_length) {
    std::string body;
    char buffer[8192];
    while (in) {
        in.read(buffer, sizeof buffer);
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > max_bytes)
            throw payload_too_large("request body is larger than " + std::to_string(max_bytes) + " bytes");
    }
    if (declared_length >= 0 && body.size() < static_cast<std::size_t>(declared_length))
        throw ValidationError("body", Message{MessageCode::body_truncated,
                                              {std::to_string(body.size()), std::to_string(declared_length)}});
    return body;
}

Poco::JSON::Object::Ptr parse_json_body(const std::string& text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return new Poco::JSON::Object;
    Poco::Dynamic::Var parsed;
    try {
        Poco::JSON::Parser parser;
        parser.setDepth(kMaxJsonDepth);
        parsed = parser.parse(text);
    } catch (const Poco::Exception& e) {
        throw ValidationError("body", Message{MessageCode::body_not_json, {e.displayText()}});
    } catch (const std::exception& e) {
        throw ValidationError("body", Message{MessageCode::body_not_json, {e.what()}});
    }
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) throw ValidationError("body", Message{MessageCode::body_not_object, {}});
    return parsed.extract<Poco::JSON::Object::Ptr>();
}

} // namespace hjt::http
