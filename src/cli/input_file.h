// Reading a file a command names (an import), within the import limit.
#pragma once

#include <string>

namespace hjt::cli {

// At most `max_bytes` (hjt.import.max_file_bytes): a larger file is refused
// by its size before reading, and a pipe or a growing file once it passes the
// limit, so no file is ever read whole into memory beyond it. ValidationError
// naming the path when it is too large or cannot be opened.
std::string read_file(const std::string& path, long long max_bytes);

} // namespace hjt::cli
