#include "http/xlsx_response.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace hjt::http {

namespace {

class TemporaryFile {
public:
    TemporaryFile() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("hjt_api_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + ".xlsx");
    }
    ~TemporaryFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

} // namespace

Response xlsx_response(const std::string& download_name, const std::function<void(const std::string& path)>& write) {
    TemporaryFile file;
    write(file.path());
    std::ifstream in(file.path(), std::ios::binary);
    std::string bytes(std::istreambuf_iterator<char>(in), {});
    return Response::file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download_name,
                          std::move(bytes));
}

} // namespace hjt::http
