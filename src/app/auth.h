// Users, roles and password hashing (scrypt from OpenSSL, a slow KDF).
// Signing in is app/login.h, sessions app/sessions.h, disabling users and
// lifting lockouts app/user_admin.h.
#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>

#include "domain/entities.h"
#include "domain/enum_texts.h"

namespace hjt::app {

enum class Role { finance, caseworker, family, auditor, admin };

std::span<const EnumText<Role>> codes(Role);  // "finance", ..., "admin": stored in users.role
using hjt::to_string;
inline std::optional<Role> parse_role(const std::string& text) { return parse_code<Role>(text); }

struct User {
    Id id = 0;
    std::string username;
    Role role = Role::auditor;
    std::optional<Id> family_id;  // set for (and only for) family users
};

// scrypt's cost parameters: N (a power of two), r and p.
struct ScryptCost {
    std::uint64_t n = 0, r = 0, p = 0;
};
// 2^15 × 8 × 128 bytes = 32 MiB and some 50–100 ms per hash, the parameters
// OWASP recommends for interactive logins: every password hjt stores.
inline constexpr ScryptCost kLoginCost{1u << 15, 8, 1};

// "scrypt$N$r$p$salt$hash" (base64 parts); verifying takes the parameters from
// the string, so a hash verifies at the cost it was made with. Only tests pass
// a lower cost, for users that exist to sign in to something else.
std::string hash_password(const std::string& password, ScryptCost cost = kLoginCost);
bool verify_password(const std::string& password, const std::string& stored_hash);

// Audited. Forbidden unless the actor may add users (admin, app/permissions.h).
// ValidationError for a taken username, weak password (< 10 chars), or a
// family role without an existing family. The password is hashed at
// `password_cost`, which only tests lower (hash_password).
User create_user(soci::session& sql, const User& actor, const std::string& username, const std::string& password,
                 Role role, std::optional<Id> family_id, ScryptCost password_cost = kLoginCost);

// The bootstrap (README, "First start"): a database without users has nobody
// to sign in as, so its first users are made without a session, by
// `hjt user add` (the first user must be an admin) or `hjt import` (of a folder
// whose users.csv has an admin). This is the actor of those changes: an admin
// named after the OS user who ran it ("bootstrap:anna"). Conflict when the
// database has users: from then on every change needs a session.
User bootstrap_actor(soci::session& sql, const std::string& os_user);
bool has_users(soci::session& sql);
// The bootstrap's `hjt user add`: the first user, an admin (Forbidden for any
// other role, so someone can always sign in and add the others).
User create_first_user(soci::session& sql, const std::string& os_user, const std::string& username,
                       const std::string& password, Role role, std::optional<Id> family_id);

// A user as signing in needs it: the stored hash and whether an admin
// disabled the user (users.disabled_at).
struct Credentials {
    User user;
    std::string password_hash;
    bool disabled = false;
};
std::optional<Credentials> find_credentials(soci::session& sql, const std::string& username);
// A stored hash to check a password against when the username is unknown,
// so that the answer takes as long and does not tell which usernames exist.
const std::string& unknown_user_hash();

} // namespace hjt::app
