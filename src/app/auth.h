// Users, roles, password hashing (scrypt from OpenSSL, a slow KDF) and
// expiring bearer sessions. Tokens are random; only their SHA-256 is stored.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "domain/entities.h"

namespace hjt::app {

enum class Role { finance, caseworker, family, auditor, admin };

std::string to_string(Role r);
std::optional<Role> parse_role(const std::string& text);

struct User {
    Id id = 0;
    std::string username;
    Role role = Role::auditor;
    std::optional<Id> family_id;  // set for (and only for) family users
};

// "scrypt$N$r$p$salt$hash" (base64 parts); verifying takes the parameters from the string.
std::string hash_password(const std::string& password);
bool verify_password(const std::string& password, const std::string& stored_hash);

// Audited. ValidationError for a taken username, weak password (< 10 chars),
// or a family role without an existing family.
User create_user(soci::session& sql, const std::string& actor, const std::string& username,
                 const std::string& password, Role role, std::optional<Id> family_id);

// A new bearer token valid for `minutes`, or nullopt for a wrong username/password.
std::optional<std::string> login(soci::session& sql, const std::string& username, const std::string& password,
                                 int minutes);
// The user behind a token that has not expired.
std::optional<User> authenticate(soci::session& sql, const std::string& token);
void logout(soci::session& sql, const std::string& token);

} // namespace hjt::app
