#include "app/sessions.h"

#include <openssl/rand.h>

#include <chrono>
#include <stdexcept>
#include <string_view>

#include "support/clock.h"
#include "support/sha256.h"

namespace hjt::app {
namespace {

constexpr std::size_t kTokenBytes = 32;
// How stale the recorded last use may get before a request writes it again:
// a write per request would make every GET a writer.
constexpr auto kTouchEvery = std::chrono::minutes(1);

std::string token_hash(const std::string& token) { return support::sha256_hex(token); }

std::string random_token() {
    unsigned char bytes[kTokenBytes];
    if (RAND_bytes(bytes, static_cast<int>(kTokenBytes)) != 1)
        throw std::runtime_error("no random bytes (OpenSSL RAND_bytes)");
    return support::hex_encode(std::string_view(reinterpret_cast<const char*>(bytes), kTokenBytes));
}

// Sessions last used at or before this have been idle too long.
std::string idle_cutoff(const SessionLimits& limits) {
    return support::utc_timestamp(support::now() - std::chrono::minutes(limits.idle_minutes));
}

} // namespace

NewSession open_session(soci::session& sql, const User& user, const SessionLimits& limits) {
    // Timestamps share one fixed-width UTC format, so text order is time order.
    const std::string now = support::utc_now();
    const std::string idle = idle_cutoff(limits);
    sql << "DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at <= :idle", soci::use(now), soci::use(idle);

    NewSession session{random_token(),
                       support::utc_timestamp(support::now() + std::chrono::minutes(limits.lifetime_minutes))};
    const std::string hash = token_hash(session.token);
    sql << "INSERT INTO sessions (token_hash, user_id, expires_at, created_at, last_seen_at)"
           " VALUES (:t, :u, :e, :c, :s)",
        soci::use(hash), soci::use(user.id), soci::use(session.expires_at), soci::use(now), soci::use(now);

    // Beyond the cap the oldest end; sessions made in the same second are
    // told apart by their (random) hash, and the new one is never ended.
    const long long over = session_count(sql, user.id) - limits.max_per_user;
    for (long long i = 0; i < over; ++i) {
        std::string oldest;
        sql << "SELECT token_hash FROM sessions WHERE user_id = :u AND token_hash <> :t"
               " ORDER BY created_at, token_hash LIMIT 1",
            soci::into(oldest), soci::use(user.id), soci::use(hash);
        sql << "DELETE FROM sessions WHERE token_hash = :t", soci::use(oldest);
    }
    return session;
}

std::optional<User> authenticate(soci::session& sql, const std::string& token, const SessionLimits& limits) {
    const std::string hash = token_hash(token);
    std::string username, expires, last_seen, disabled_at;
    soci::indicator disabled_ind = soci::i_null;
    sql << "SELECT u.username, s.expires_at, s.last_seen_at, u.disabled_at FROM sessions s"
           " JOIN users u ON u.id = s.user_id WHERE s.token_hash = :t",
        soci::into(username), soci::into(expires), soci::into(last_seen), soci::into(disabled_at, disabled_ind),
        soci::use(hash);
    const std::string now = support::utc_now();
    if (!sql.got_data() || disabled_ind == soci::i_ok || expires <= now || last_seen <= idle_cutoff(limits))
        return std::nullopt;
    auto row = find_credentials(sql, username);
    if (!row) return std::nullopt;
    if (last_seen <= support::utc_timestamp(support::now() - kTouchEvery))
        sql << "UPDATE sessions SET last_seen_at = :now WHERE token_hash = :t", soci::use(now), soci::use(hash);
    return row->user;
}

void logout(soci::session& sql, const std::string& token) {
    const std::string hash = token_hash(token);
    sql << "DELETE FROM sessions WHERE token_hash = :t", soci::use(hash);
}

long long session_count(soci::session& sql, Id user_id) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM sessions WHERE user_id = :u", soci::into(n), soci::use(user_id);
    return n;
}

long long delete_sessions(soci::session& sql, Id user_id) {
    const long long n = session_count(sql, user_id);
    sql << "DELETE FROM sessions WHERE user_id = :u", soci::use(user_id);
    return n;
}

} // namespace hjt::app
