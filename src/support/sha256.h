// SHA-256 from OpenSSL (a maintained library), as lowercase hex: the audit
// chain's hashes and the stored form of session tokens.
#pragma once

#include <string>
#include <string_view>

namespace hjt::support {

std::string sha256_hex(std::string_view data);
// HMAC-SHA-256 of `data` under `key`, as lowercase hex: the keyed audit chain.
std::string hmac_sha256_hex(std::string_view key, std::string_view data);
// Lowercase hex of arbitrary bytes (digests, random tokens).
std::string hex_encode(std::string_view bytes);

} // namespace hjt::support
