#include "cli/credentials.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "domain/errors.h"
#include "store/connection.h"
#include "support/sha256.h"

namespace hjt::cli {
namespace {

std::filesystem::path config_folder() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "hjt";
    const char* home = std::getenv("HOME");
    if (!home || !*home) throw std::runtime_error("kan ikke finde hjemmemappen ($HOME) til sessionsfilen");
    return std::filesystem::path(home) / ".config" / "hjt";
}

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
    throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

} // namespace

std::filesystem::path credentials_file(const std::string& database) {
    auto connection = store::parse_connection(database);
    std::string key = database;
    if (connection.backend == store::Backend::sqlite)
        key = std::filesystem::absolute(connection.target).lexically_normal().string();
    return config_folder() / ("session-" + support::sha256_hex(key).substr(0, 16));
}

void save_token(const std::filesystem::path& file, const std::string& token) {
    const auto folder = file.parent_path();
    std::filesystem::create_directories(folder);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    const auto fresh = folder / (file.filename().string() + ".new-" + std::to_string(::getpid()));
    ::unlink(fresh.c_str());
    // O_EXCL: a file (or link) planted under this name is never written through.
    int fd = ::open(fresh.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) fail("kan ikke oprette", fresh);
    const std::string text = token + "\n";
    bool ok = ::fchmod(fd, 0600) == 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
              ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(fresh.c_str(), file.c_str()) != 0) {
        int saved = errno;
        ::unlink(fresh.c_str());
        errno = saved;
        fail("kan ikke skrive", file);
    }
}

std::optional<std::string> load_token(const std::filesystem::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return std::nullopt;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        throw Unauthenticated("sessionsfilen " + file.string() +
                              " kan læses af andre (rettigheder skal være 0600): log ind igen med 'hjt login'");
    std::ifstream in(file);
    std::string token;
    std::getline(in, token);
    if (token.empty()) return std::nullopt;
    return token;
}

void forget_token(const std::filesystem::path& file) {
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
}

} // namespace hjt::cli
