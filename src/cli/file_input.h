// Reading a file a command imports, bounded by hjt.import.max_file_bytes.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace hjt::cli {

// A file a command imports, as a stream: at most `max_bytes`
// (hjt.import.max_file_bytes): a larger file is refused by its size before
// reading, and a pipe or a growing file once it passes the limit (the read
// throws), so no file is ever read into memory beyond it. ValidationError
// naming the path.
class InputFile : public std::istream {
public:
    InputFile(const std::string& path, long long max_bytes);
    ~InputFile() override;

    // The file's first bytes (up to a buffer's worth), without reading past them.
    std::string_view first_bytes();
    // The file's size; 0 when it has none (a pipe).
    long long size() const { return size_; }

private:
    class Buffer;
    std::unique_ptr<Buffer> buffer_;
    long long size_ = 0;
};

// The whole file, bounded as InputFile.
std::string read_input_file(const std::string& path, long long max_bytes);

} // namespace hjt::cli
