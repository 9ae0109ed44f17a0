// A workbook as an HTTP download: the one way the API sends one. The bytes
// come from the app layer or from reports::workbook_bytes (reports/workbook_bytes.h).
#pragma once

#include <string>

#include "http/request_context.h"

namespace hjt::http {

// `download_name` is what the client saves it as.
Response xlsx_response(const std::string& download_name, std::string bytes);

} // namespace hjt::http
