// The headers that keep a browser from misusing what the service sends: one
// set for the web application's files, one for the API's answers. Both
// forbid framing (clickjacking), MIME sniffing and sending the address on.
#pragma once

#include <map>
#include <string>

namespace hjt::http {

using HeaderMap = std::map<std::string, std::string>;

// The pages: only the service's own scripts, styles and API, no inline code.
const HeaderMap& page_security_headers();

// JSON, xlsx, CSV and XML answers of /api/: nothing in them may run or load
// anything if opened directly, and nothing is kept in a cache, as they carry
// personal data and bank details ("no-store", also for the error answers).
const HeaderMap& api_security_headers();

} // namespace hjt::http
