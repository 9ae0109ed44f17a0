#include "cli/file_input.h"

#include <filesystem>
#include <fstream>

#include "domain/errors.h"

namespace hjt::cli {

std::string read_input_file(const std::string& path, long long max_bytes) {
    const Message too_large{MessageCode::file_too_large, {std::to_string(max_bytes)}};
    std::error_code no_size;
    const auto size = std::filesystem::file_size(path, no_size);
    if (!no_size && size > static_cast<std::uintmax_t>(max_bytes)) throw ValidationError(path, too_large);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ValidationError(path, Message{MessageCode::file_cannot_open, {}});
    std::string text;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (static_cast<long long>(text.size()) > max_bytes) throw ValidationError(path, too_large);
    }
    return text;
}

} // namespace hjt::cli
