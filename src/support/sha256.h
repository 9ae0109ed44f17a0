// SHA-256 from OpenSSL (a maintained library), as lowercase hex: the audit
// chain's hashes and the stored form of session tokens.
#pragma once

#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace hjt::support {

std::string sha256_hex(std::string_view data);

// SHA-256 of data given in parts: the same digest as sha256_hex of the parts
// joined, without holding them joined (audit verify digests an entry's seals,
// hundreds of thousands for a year's reconciliation, as it reads them).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void add(std::string_view data);
    // The digest as lowercase hex; the hasher starts again empty.
    std::string finish_hex();

private:
    evp_md_ctx_st* md_;  // OpenSSL's EVP_MD_CTX
};

// HMAC-SHA-256 of `data` under `key`, as lowercase hex: the keyed audit chain.
std::string hmac_sha256_hex(std::string_view key, std::string_view data);
// Lowercase hex of arbitrary bytes (digests, random tokens).
std::string hex_encode(std::string_view bytes);

} // namespace hjt::support
