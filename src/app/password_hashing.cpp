#include "app/password_hashing.h"

#include "app/auth.h"

namespace hjt::app {

PasswordHashing::PasswordHashing(int slots, std::chrono::milliseconds max_wait, Verifier verify)
    : free_(slots), max_wait_(max_wait), verify_(verify ? std::move(verify) : Verifier(verify_password)) {}

std::optional<bool> PasswordHashing::verify(const std::string& password, const std::string& stored_hash) {
    {
        std::unique_lock lock(mutex_);
        if (!released_.wait_for(lock, max_wait_, [&] { return free_ > 0; })) return std::nullopt;
        --free_;
    }
    struct Release {
        PasswordHashing& pool;
        ~Release() {
            {
                std::lock_guard lock(pool.mutex_);
                ++pool.free_;
            }
            pool.released_.notify_one();
        }
    } release{*this};
    return verify_(password, stored_hash);
}

} // namespace hjt::app
