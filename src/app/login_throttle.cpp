#include "app/login_throttle.h"

#include <algorithm>

#include "support/clock.h"

namespace hjt::app {
namespace {

constexpr auto kForgetAfter = std::chrono::hours(24);
constexpr const char* kUserPrefix = "user:";
constexpr const char* kAddressPrefix = "address:";

struct Threshold {
    int free;
    int lockout;
};

Threshold threshold_of(const std::string& subject, const LoginLimits& limits) {
    if (subject.rfind(kAddressPrefix, 0) == 0) return {limits.address_free_failures, limits.address_lockout_failures};
    return {limits.free_failures, limits.lockout_failures};
}

// The wait after the n-th failure in a row.
std::chrono::seconds wait_after(long long n, Threshold t, const LoginLimits& limits) {
    const std::chrono::seconds lockout = std::chrono::minutes(limits.lockout_minutes);
    if (n < t.free) return std::chrono::seconds(0);
    if (n >= t.lockout) return lockout;
    const long long doublings = std::min<long long>(n - t.free, 30);  // 2^30 s is decades: capped below
    return std::min(std::chrono::seconds(1LL << doublings), lockout);
}

struct Row {
    long long failures = 0;
    std::string last_failure_at;
    std::string locked_until;
};

std::optional<Row> find_row(soci::session& sql, const std::string& subject) {
    Row row;
    sql << "SELECT failures, last_failure_at, locked_until FROM login_failures WHERE subject = :s",
        soci::into(row.failures), soci::into(row.last_failure_at), soci::into(row.locked_until), soci::use(subject);
    if (!sql.got_data()) return std::nullopt;
    return row;
}

} // namespace

std::string user_subject(const std::string& username) { return kUserPrefix + username; }
std::string address_subject(const std::string& address) { return kAddressPrefix + address; }

std::vector<std::string> login_subjects(const std::string& username, const std::string& client_address) {
    std::vector<std::string> subjects{user_subject(username)};
    if (!client_address.empty()) subjects.push_back(address_subject(client_address));
    return subjects;
}

std::optional<std::chrono::seconds> login_wait(soci::session& sql, const std::vector<std::string>& subjects) {
    const auto now = support::now();
    std::optional<std::chrono::seconds> longest;
    for (const auto& subject : subjects) {
        auto row = find_row(sql, subject);
        if (!row) continue;
        auto until = support::parse_utc_timestamp(row->locked_until);
        if (!until || *until <= now) continue;
        // Whole seconds, rounded up: a client that waits as told is let in.
        auto left = std::chrono::ceil<std::chrono::seconds>(*until - now);
        if (!longest || left > *longest) longest = left;
    }
    return longest;
}

bool record_login_failure(soci::session& sql, const std::vector<std::string>& subjects, const LoginLimits& limits) {
    const auto now = support::now();
    const std::string now_text = support::utc_timestamp(now);
    const std::string forgotten = support::utc_timestamp(now - kForgetAfter);
    // Subjects quiet for a day are forgotten, so made-up usernames do not pile up.
    sql << "DELETE FROM login_failures WHERE last_failure_at <= :f AND locked_until <= :now", soci::use(forgotten),
        soci::use(now_text);
    bool user_locked = false;
    for (const auto& subject : subjects) {
        auto row = find_row(sql, subject);
        const long long n = (row ? row->failures : 0) + 1;
        const Threshold t = threshold_of(subject, limits);
        const std::string until = support::utc_timestamp(now + wait_after(n, t, limits));
        if (row)
            sql << "UPDATE login_failures SET failures = :n, last_failure_at = :at, locked_until = :until"
                   " WHERE subject = :s",
                soci::use(n), soci::use(now_text), soci::use(until), soci::use(subject);
        else
            sql << "INSERT INTO login_failures (subject, failures, last_failure_at, locked_until)"
                   " VALUES (:s, :n, :at, :until)",
                soci::use(subject), soci::use(n), soci::use(now_text), soci::use(until);
        if (n >= t.lockout && subject.rfind(kUserPrefix, 0) == 0) user_locked = true;
    }
    return user_locked;
}

bool clear_login_failures(soci::session& sql, const std::string& subject) {
    const bool had = find_row(sql, subject).has_value();
    sql << "DELETE FROM login_failures WHERE subject = :s", soci::use(subject);
    return had;
}

long long login_failures(soci::session& sql, const std::string& subject) {
    auto row = find_row(sql, subject);
    return row ? row->failures : 0;
}

} // namespace hjt::app
