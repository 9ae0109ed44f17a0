#include "support/sha256.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace hjt::support {

std::string sha256_hex(std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed (OpenSSL EVP_Digest)");
    return hex_encode(std::string_view(reinterpret_cast<const char*>(digest), length));
}

namespace {
void start(EVP_MD_CTX* md) {
    if (EVP_DigestInit_ex(md, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed (OpenSSL EVP_DigestInit_ex)");
}
} // namespace

Sha256::Sha256() : md_(EVP_MD_CTX_new()) {
    if (!md_) throw std::runtime_error("SHA-256 failed (OpenSSL EVP_MD_CTX_new)");
    try {
        start(md_);
    } catch (...) {
        EVP_MD_CTX_free(md_);
        throw;
    }
}

Sha256::~Sha256() { EVP_MD_CTX_free(md_); }

void Sha256::add(std::string_view data) {
    if (EVP_DigestUpdate(md_, data.data(), data.size()) != 1)
        throw std::runtime_error("SHA-256 failed (OpenSSL EVP_DigestUpdate)");
}

std::string Sha256::finish_hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(md_, digest, &length) != 1)
        throw std::runtime_error("SHA-256 failed (OpenSSL EVP_DigestFinal_ex)");
    start(md_);
    return hex_encode(std::string_view(reinterpret_cast<const char*>(digest), length));
}

std::string hmac_sha256_hex(std::string_view key, std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest, &length))
        throw std::runtime_error("HMAC-SHA-256 failed (OpenSSL HMAC)");
    return hex_encode(std::string_view(reinterpret_cast<const char*>(digest), length));
}

std::string hex_encode(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * bytes.size());
    for (unsigned char b : bytes) {
        hex.push_back(kHex[b >> 4]);
        hex.push_back(kHex[b & 0x0f]);
    }
    return hex;
}

} // namespace hjt::support
