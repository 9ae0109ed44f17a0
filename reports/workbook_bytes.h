// A workbook as bytes, for a caller that sends it rather than saves it (the
// API). libxlsxwriter 1.1 writes only to files (output_buffer came in 1.1.5),
// so `write` fills a private temporary file whose bytes are returned; the file
// is removed however the writer ends. No caller sees the file.
#pragma once

#include <functional>
#include <string>

namespace hjt::reports {

// `write` writes the workbook to the path it is given (any write_* of reports/).
std::string workbook_bytes(const std::function<void(const std::string& path)>& write);

} // namespace hjt::reports
