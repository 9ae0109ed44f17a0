// A workbook as an HTTP download. libxlsxwriter (1.1) writes only to files,
// so the writer fills a private temporary file whose bytes become the
// response; the file is removed however the writer ends.
#pragma once

#include <functional>
#include <string>

#include "http/request_context.h"

namespace hjt::http {

// `write` writes the xlsx to the path it is given; `download_name` is what the client saves it as.
Response xlsx_response(const std::string& download_name, const std::function<void(const std::string& path)>& write);

} // namespace hjt::http
