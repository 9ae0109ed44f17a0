// A session for running the real executable ($HJT_BIN) as a given hjt user,
// as `hjt login` would make one, without the slow password hash: the user is
// added to the test database when missing (its password hash "!" matches no
// password, so it can sign in only through this token) and a session row is
// stored for a fresh random token, which the test passes as $HJT_TOKEN.
// Test code only; tests/payout/cli_access_test.cpp signs in with real passwords.
#pragma once

#include <chrono>
#include <random>
#include <string>

#include "app/auth.h"
#include "store/database.h"
#include "store/sql_dialect.h"
#include "support/clock.h"
#include "support/sha256.h"
#include "test_users.h"

namespace hjt::test {

inline std::string cli_token(const std::string& connection, const app::User& who, int minutes = 60) {
    std::random_device random;
    std::string token;
    for (int i = 0; i < 4; ++i) token += std::to_string(random()) + "x";
    store::Database db(connection);
    db.in_transaction([&](soci::session& sql) {
        Id id = 0;
        sql << "SELECT id FROM users WHERE username = :u", soci::into(id), soci::use(who.username);
        if (!sql.got_data()) id = insert_test_user(sql, who, "!");
        const std::string hash = support::sha256_hex(token);
        const std::string now = support::utc_now();
        const std::string expires = support::utc_timestamp(support::now() + std::chrono::minutes(minutes));
        sql << "INSERT INTO sessions (token_hash, user_id, expires_at, created_at, last_seen_at)"
               " VALUES (:t, :u, :e, :c, :s)",
            soci::use(hash), soci::use(id), soci::use(expires), soci::use(now), soci::use(now);
    });
    return token;
}

} // namespace hjt::test
