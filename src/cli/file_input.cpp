#include "cli/file_input.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "domain/errors.h"

namespace hjt::cli {

namespace {

Message too_large(long long max_bytes) { return Message{MessageCode::file_too_large, {std::to_string(max_bytes)}}; }

} // namespace

// Reads the file a chunk at a time, counting: past the limit it throws.
class InputFile::Buffer : public std::streambuf {
public:
    Buffer(const std::string& path, long long max_bytes) : path_(path), max_bytes_(max_bytes) {
        if (!file_.open(path, std::ios::in | std::ios::binary))
            throw ValidationError(path, Message{MessageCode::file_cannot_open, {}});
    }

    std::string_view first_bytes() {
        if (gptr() == egptr()) underflow();
        return std::string_view(gptr(), static_cast<std::size_t>(egptr() - gptr()));
    }

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        const auto got = file_.sgetn(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
        read_ += got;
        if (read_ > max_bytes_) throw ValidationError(path_, too_large(max_bytes_));
        setg(chunk_.data(), chunk_.data(), chunk_.data() + got);
        return got > 0 ? traits_type::to_int_type(*gptr()) : traits_type::eof();
    }

private:
    std::string path_;
    long long max_bytes_;
    std::filebuf file_;
    std::vector<char> chunk_ = std::vector<char>(std::size_t{1} << 16);
    long long read_ = 0;
};

InputFile::InputFile(const std::string& path, long long max_bytes) : std::istream(nullptr) {
    std::error_code no_size;
    const auto size = std::filesystem::file_size(path, no_size);
    if (!no_size && size > static_cast<std::uintmax_t>(max_bytes)) throw ValidationError(path, too_large(max_bytes));
    size_ = no_size ? 0 : static_cast<long long>(size);
    buffer_ = std::make_unique<Buffer>(path, max_bytes);
    rdbuf(buffer_.get());
    // The limit's ValidationError reaches the reader, not just a bad bit.
    exceptions(std::ios::badbit);
}

InputFile::~InputFile() = default;

std::string_view InputFile::first_bytes() { return buffer_->first_bytes(); }

std::string read_input_file(const std::string& path, long long max_bytes) {
    InputFile in(path, max_bytes);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace hjt::cli
