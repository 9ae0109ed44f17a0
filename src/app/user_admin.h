// What an admin does to another user's access (Operation::user_manage), for
// `hjt user disable|enable|unlock|end-sessions` and the API's
// /api/v1/users/{username}/... alike. Each is audited (entity "user", the
// user's id) in the caller's transaction; NotFound for an unknown username.
#pragma once

#include <soci/soci.h>

#include <string>

#include "app/auth.h"

namespace hjt::app {

struct UserAccess {
    User user;
    bool disabled = false;
    long long sessions = 0;        // open sessions now
    long long ended_sessions = 0;  // ended by this call
    bool was_locked = false;       // unlock: whether there were failures to forget
};

// The user can no longer sign in, and every session of theirs ends.
UserAccess disable_user(soci::session& sql, const User& actor, const std::string& username);
// Lets a disabled user sign in again (their old sessions stay ended).
UserAccess enable_user(soci::session& sql, const User& actor, const std::string& username);
// Ends every session of the user (a lost laptop), who may sign in again.
UserAccess end_user_sessions(soci::session& sql, const User& actor, const std::string& username);
// Forgets the username's failed logins, lifting a lockout before its time
// (app/login_throttle.h). Audited only when there was something to lift.
UserAccess unlock_user(soci::session& sql, const User& actor, const std::string& username);

} // namespace hjt::app
