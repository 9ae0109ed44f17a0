// Writing a finished document (PDF, XML, CSV) to a file: the one place that
// checks the write succeeded, so a full disk is an error, not a short file
// (the content goes to PATH.part first and is renamed to PATH only when whole).
#pragma once

#include <string>

namespace hjt::app {

// std::runtime_error "cannot write PATH" when the file cannot be written whole.
void write_file(const std::string& path, const std::string& content);

} // namespace hjt::app
