// Signing in, for the API and the CLI alike, in three steps so that no
// database lock is held while the password is hashed (issue 17: scrypt under
// the write lock let 8 clients guessing passwords slow every writer to ~1 s):
//   1. a read transaction: is the username or address throttled
//      (app/login_throttle.h)? the user's stored hash;
//   2. no transaction: the password checked on the bounded hashing pool
//      (app/password_hashing.h);
//   3. a write transaction: the failure counted, or the session opened
//      (app/sessions.h) and the username's failures cleared.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <optional>
#include <string>

#include "app/auth.h"
#include "app/password_hashing.h"
#include "app/sessions.h"
#include "app/settings.h"

namespace hjt::app {

// How sign-in reaches the database: each call one short transaction, the
// write one under whatever write lock the front end's writers share.
struct Transactions {
    using Work = std::function<void(soci::session&)>;
    std::function<void(const Work&)> read;
    std::function<void(const Work&)> write;
};

struct LoginRequest {
    std::string username;
    std::string password;
    std::string client_address;  // "" from the CLI: no address to throttle
};

enum class LoginOutcome {
    signed_in,
    refused,    // wrong username or password, or a disabled user: one answer for all
    throttled,  // too many failures: retry_after_seconds
    busy,       // every hashing slot stayed taken: try again shortly
};

struct LoginResult {
    LoginOutcome outcome = LoginOutcome::refused;
    std::optional<User> user;         // signed_in
    std::optional<NewSession> session;  // signed_in
    long long retry_after_seconds = 0;  // throttled, busy
};

// The actor of the audit entries sign-in writes itself (a lockout).
inline constexpr const char* kLoginActor = "system:login";

LoginResult login(const Transactions& db, PasswordHashing& hashing, const Settings& settings,
                  const LoginRequest& request);

// What to tell a person about an outcome other than signed_in, in Danish, and
// its stable code ("login_refused", "login_throttled", "login_busy").
std::string login_refusal_text(const LoginResult& result);
std::string login_refusal_code(LoginOutcome outcome);

} // namespace hjt::app
