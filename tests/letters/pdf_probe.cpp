#include "pdf_probe.h"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace hjt::test {

namespace {

// The PDF in a temporary file for the poppler tools, removed afterwards.
class PdfFile {
public:
    explicit PdfFile(const std::string& pdf) {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("hjt_probe_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + ".pdf");
        std::ofstream(path_, std::ios::binary) << pdf;
    }
    ~PdfFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

std::string output_of(const std::string& command) {
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    if (::pclose(pipe) != 0) throw std::runtime_error(command + " failed");
    return out;
}

} // namespace

std::string pdf_text(const std::string& pdf) {
    PdfFile file(pdf);
    return output_of("pdftotext -layout -enc UTF-8 '" + file.path() + "' - 2>&1");
}

std::string pdf_info(const std::string& pdf, const std::string& field) {
    PdfFile file(pdf);
    const std::string info = "\n" + output_of("pdfinfo '" + file.path() + "' 2>&1");
    const auto at = info.find("\n" + field + ":");
    if (at == std::string::npos) return "";
    const auto begin = info.find_first_not_of(' ', at + field.size() + 2);
    return info.substr(begin, info.find('\n', begin) - begin);
}

std::string pdf_meta(const std::string& pdf) {
    PdfFile file(pdf);
    return output_of("pdfinfo -meta '" + file.path() + "' 2>&1");
}

std::string pdf_fonts(const std::string& pdf) {
    PdfFile file(pdf);
    return output_of("pdffonts '" + file.path() + "' 2>&1");
}

std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\f';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

} // namespace hjt::test
