#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "http/security_headers.h"
#include "support/sha256.h"

namespace hjt::http {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> content_type_of(const std::string& extension) {
    static const std::map<std::string, std::string> types = {
        {".html", "text/html; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".json", "application/json; charset=utf-8"},
        {".txt", "text/plain; charset=utf-8"},
    };
    auto found = types.find(extension);
    if (found == types.end()) return std::nullopt;
    return found->second;
}

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

StaticReply with_security_headers(StaticReply reply) {
    for (const auto& [name, value] : page_security_headers()) reply.headers[name] = value;
    return reply;
}

} // namespace

StaticFiles::StaticFiles(const std::string& root) {
    std::error_code error;
    if (!fs::is_directory(root, error)) return;
    for (const auto& entry : fs::recursive_directory_iterator(root, error)) {
        if (!entry.is_regular_file()) continue;
        auto type = content_type_of(entry.path().extension().string());
        if (!type) continue;
        std::string bytes = bytes_of(entry.path());
        std::string etag = "\"" + support::sha256_hex(bytes).substr(0, 32) + "\"";
        files_["/" + fs::relative(entry.path(), root).generic_string()] = File{*type, std::move(bytes), std::move(etag)};
    }
}

StaticReply StaticFiles::reply(const std::string& method, const std::string& path,
                               const std::string& if_none_match) const {
    if (method != "GET" && method != "HEAD") {
        StaticReply refused{405, "text/plain; charset=utf-8", "405 Method Not Allowed\n", {{"Allow", "GET, HEAD"}}};
        return with_security_headers(std::move(refused));
    }
    auto found = files_.find(path == "/" ? "/index.html" : path);
    if (found == files_.end())
        return with_security_headers({404, "text/plain; charset=utf-8", "404 Not Found\n", {}});
    const File& file = found->second;
    StaticReply reply{200, file.content_type, file.bytes,
                      {{"ETag", file.etag}, {"Cache-Control", "no-cache"}}};
    if (if_none_match == file.etag) {
        reply.status = 304;
        reply.body.clear();
    }
    return with_security_headers(std::move(reply));
}

} // namespace hjt::http
