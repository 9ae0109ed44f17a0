// Bearer sessions. A token is 256 random bits; only its SHA-256 is stored, so
// a copy of the database gives no usable tokens. A session ends at the first of:
// its lifetime since sign-in, its idle time since last use, logout, its user
// signing in once more than the cap per user allows (the oldest ends), an
// admin ending the user's sessions or disabling the user (app/user_admin.h).
// Times come from support::now(), which tests move instead of sleeping.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "app/auth.h"
#include "app/settings.h"

namespace hjt::app {

struct NewSession {
    std::string token;
    std::string expires_at;  // the end of its lifetime (UTC); it ends sooner when idle
};

// Part of a sign-in's write transaction, after the password matched: deletes
// every session past its end (all users', so the table does not grow), opens
// one for `user`, and ends the user's oldest sessions beyond the cap.
NewSession open_session(soci::session& sql, const User& user, const SessionLimits& limits);

// The user behind a token whose session has not ended, and who is not
// disabled. Records the use (a write, at most once a minute per session, so
// the idle time is kept to the minute).
std::optional<User> authenticate(soci::session& sql, const std::string& token, const SessionLimits& limits);

void logout(soci::session& sql, const std::string& token);

// How many sessions the user has (tests and the admin's answer).
long long session_count(soci::session& sql, Id user_id);
// Deletes all the user's sessions; how many there were. Not audited: callers audit what they did.
long long delete_sessions(soci::session& sql, Id user_id);

} // namespace hjt::app
