#include "app/user_admin.h"

#include "app/entity_json.h"
#include "app/login_throttle.h"
#include "app/permissions.h"
#include "app/sessions.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

Credentials require_user(soci::session& sql, const User& actor, const std::string& username) {
    require_permission(actor, Operation::user_manage);
    auto found = find_credentials(sql, username);
    if (!found) throw NotFound(Message{MessageCode::user_not_found, {username}});
    return *found;
}

std::string state_json(const Credentials& c, long long sessions) {
    Poco::JSON::Object::Ptr out = to_json(c.user);
    out->set("disabled", c.disabled);
    out->set("sessions", sessions);
    return stringify(out);
}

// Runs `change` and audits the user's state before and after it.
UserAccess change_access(soci::session& sql, const User& actor, const std::string& username, const std::string& action,
                         const std::function<void(const Credentials&, UserAccess&)>& change) {
    const Credentials before = require_user(sql, actor, username);
    const long long sessions_before = session_count(sql, before.user.id);
    UserAccess access{before.user, before.disabled, sessions_before, 0, false};
    change(before, access);
    const Credentials after = *find_credentials(sql, username);
    access.disabled = after.disabled;
    access.sessions = session_count(sql, after.user.id);
    store::append_audit(sql, {actor.username, action, "user", std::to_string(after.user.id),
                              state_json(before, sessions_before), state_json(after, access.sessions)});
    return access;
}

} // namespace

UserAccess disable_user(soci::session& sql, const User& actor, const std::string& username) {
    return change_access(sql, actor, username, "disable", [&](const Credentials& c, UserAccess& access) {
        if (c.user.id == actor.id) throw Conflict(Message{MessageCode::cannot_disable_self, {}});
        const std::string now = support::utc_now();
        sql << "UPDATE users SET disabled_at = :at WHERE id = :id", soci::use(now), soci::use(c.user.id);
        access.ended_sessions = delete_sessions(sql, c.user.id);
    });
}

UserAccess enable_user(soci::session& sql, const User& actor, const std::string& username) {
    return change_access(sql, actor, username, "enable", [&](const Credentials& c, UserAccess&) {
        sql << "UPDATE users SET disabled_at = NULL WHERE id = :id", soci::use(c.user.id);
    });
}

UserAccess end_user_sessions(soci::session& sql, const User& actor, const std::string& username) {
    return change_access(sql, actor, username, "end-sessions", [&](const Credentials& c, UserAccess& access) {
        access.ended_sessions = delete_sessions(sql, c.user.id);
    });
}

UserAccess unlock_user(soci::session& sql, const User& actor, const std::string& username) {
    const Credentials user = require_user(sql, actor, username);
    const long long failures = login_failures(sql, user_subject(username));
    UserAccess access{user.user, user.disabled, session_count(sql, user.user.id), 0, false};
    access.was_locked = clear_login_failures(sql, user_subject(username));
    if (access.was_locked) {
        Poco::JSON::Object::Ptr before = new Poco::JSON::Object;
        before->set("username", username);
        before->set("failures", failures);
        store::append_audit(sql, {actor.username, "unlock", "user", std::to_string(user.user.id), stringify(before), ""});
    }
    return access;
}

} // namespace hjt::app
