// A bounded pool for checking passwords. scrypt costs 32 MiB and ~90 ms of a
// core on purpose (app/auth.h); a flood of logins must not take every core,
// the memory, or (as before issue 17) the database's write lock. So at most
// `slots` checks run at once; a login that finds none free within `max_wait`
// gets no answer about its password (the caller says "busy, try again").
// Callers hold no database transaction or lock while they wait or hash.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

namespace hjt::app {

class PasswordHashing {
public:
    // (password, stored hash) -> whether they match; app::verify_password unless a test waits inside it.
    using Verifier = std::function<bool(const std::string&, const std::string&)>;

    PasswordHashing(int slots, std::chrono::milliseconds max_wait, Verifier verify = {});
    PasswordHashing(const PasswordHashing&) = delete;
    PasswordHashing& operator=(const PasswordHashing&) = delete;

    // Whether `password` matches `stored_hash`; nullopt when no slot came free in time.
    std::optional<bool> verify(const std::string& password, const std::string& stored_hash);

private:
    int free_;
    std::chrono::milliseconds max_wait_;
    Verifier verify_;
    std::mutex mutex_;
    std::condition_variable released_;
};

} // namespace hjt::app
