// Actors for service tests: the services take an authenticated app::User
// (front ends get one only from app::authenticate or the bootstrap); a test
// that calls a service directly stands in for that with a user of the role the
// operation needs. Test code only: nothing in src/ builds users this way.
#pragma once

#include <optional>
#include <string>

#include "app/auth.h"

namespace hjt::test {

inline app::User test_actor(const std::string& username, app::Role role, std::optional<Id> family = std::nullopt) {
    return app::User{0, username, role, family};
}
inline app::User finance_actor(const std::string& username) { return test_actor(username, app::Role::finance); }
inline app::User caseworker_actor(const std::string& username) { return test_actor(username, app::Role::caseworker); }
inline app::User admin_actor(const std::string& username) { return test_actor(username, app::Role::admin); }
inline app::User auditor_actor(const std::string& username) { return test_actor(username, app::Role::auditor); }
inline app::User family_actor(const std::string& username, Id family) {
    return test_actor(username, app::Role::family, family);
}

} // namespace hjt::test
