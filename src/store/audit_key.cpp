#include "store/audit_key.h"

#include <fstream>
#include <sstream>

#include "domain/errors.h"

namespace hjt::store {

namespace {
std::optional<std::string>& current_key() {
    static std::optional<std::string> key;
    return key;
}
} // namespace

void use_audit_key(std::optional<std::string> key) { current_key() = std::move(key); }

const std::optional<std::string>& audit_key() { return current_key(); }

std::string read_audit_key_file(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ValidationError("hjt.audit.key_file", Message{MessageCode::audit_key_unreadable, {file}});
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string key = bytes.str();
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
    // 32 bytes: as long as the SHA-256 output, so the key is not the weak part.
    if (key.size() < 32)
        throw ValidationError("hjt.audit.key_file",
                              Message{MessageCode::audit_key_too_short, {file, std::to_string(key.size())}});
    return key;
}

} // namespace hjt::store
