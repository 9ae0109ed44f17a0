#include "reports/workbook_bytes.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace hjt::reports {

namespace {

class TemporaryFile {
public:
    TemporaryFile() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("hjt_workbook_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + ".xlsx");
    }
    ~TemporaryFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

} // namespace

std::string workbook_bytes(const std::function<void(const std::string& path)>& write) {
    TemporaryFile file;
    write(file.path());
    std::ifstream in(file.path(), std::ios::binary);
    if (!in) throw std::runtime_error("the workbook was not written");
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace hjt::reports
