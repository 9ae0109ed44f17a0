// Reading a file a command imports, bounded by hjt.import.max_file_bytes.
#pragma once

#include <string>

namespace hjt::cli {

// At most `max_bytes` (hjt.import.max_file_bytes): a larger file is refused
// by its size before reading, and a pipe or a growing file once it passes the
// limit, so no file is ever read whole into memory beyond it. ValidationError
// naming the path.
std::string read_input_file(const std::string& path, long long max_bytes);

} // namespace hjt::cli
