#include "http/security_headers.h"

namespace hjt::http {
namespace {

HeaderMap with_common(HeaderMap specific) {
    specific.emplace("X-Content-Type-Options", "nosniff");
    specific.emplace("Referrer-Policy", "no-referrer");
    specific.emplace("X-Frame-Options", "DENY");
    return specific;
}

} // namespace

const HeaderMap& page_security_headers() {
    static const HeaderMap headers = with_common({
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
         "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
    });
    return headers;
}

const HeaderMap& api_security_headers() {
    static const HeaderMap headers = with_common({
        {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox"},
        {"Cache-Control", "no-store"},
    });
    return headers;
}

} // namespace hjt::http
