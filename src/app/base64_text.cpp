#include "app/base64_text.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>

#include <iterator>
#include <sstream>

namespace hjt::app {

std::string to_base64(const std::string& bytes) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return out.str();
}

std::optional<std::string> from_base64(const std::string& text) {
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    try {
        return std::string(std::istreambuf_iterator<char>(decoder), {});
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

} // namespace hjt::app
