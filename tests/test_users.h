// Users stored for tests that sign in to test something else: straight into
// the users table, without app::create_user's full-cost password hash (32 MiB
// and ~90 ms of a core each, twice per user and test: it was most of the API
// suite's time). tests/api/auth_test.cpp and tests/payout/cli_access_test.cpp
// test creating users and their hashes at the real cost. Test code only.
#pragma once

#include <string>

#include "app/auth.h"
#include "store/sql_dialect.h"

namespace hjt::test {

// 2^10 × 8 × 128 bytes = 1 MiB, a few milliseconds: verifying takes the cost
// from the stored hash, so such a user signs in over the real login path.
inline constexpr app::ScryptCost kQuickTestCost{1u << 10, 8, 1};

// The user's id; `password_hash` "!" matches no password (cli_session.h).
inline Id insert_test_user(soci::session& sql, const app::User& who, const std::string& password_hash) {
    const std::string role = app::to_string(who.role);
    Id family = who.family_id.value_or(0);
    soci::indicator family_ind = who.family_id ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO users (username, password_hash, role, family_id) VALUES (:u, :h, :r, :f)",
        soci::use(who.username), soci::use(password_hash), soci::use(role), soci::use(family, family_ind);
    return store::last_insert_id(sql, "users");
}

} // namespace hjt::test
