// An admin's hold on other users (app/user_admin.h), every change audited:
//
//   method  path                                   who    answer
//   POST    /api/v1/users/{username}/disable       admin  the user, disabled, sessions ended
//   POST    /api/v1/users/{username}/enable        admin  the user, may sign in again
//   DELETE  /api/v1/users/{username}/sessions      admin  the user, every session ended
//   POST    /api/v1/users/{username}/unlock        admin  the user, failed logins forgotten
#include "app/user_admin.h"
#include "http/access.h"
#include "http/api_routes.h"

namespace hjt::http {
namespace {

using UserChange = app::UserAccess (*)(soci::session&, const app::User&, const std::string&);

Poco::JSON::Object::Ptr to_json(const app::UserAccess& access) {
    Poco::JSON::Object::Ptr out = app::to_json(access.user);
    out->set("disabled", access.disabled);
    out->set("sessions", access.sessions);
    out->set("ended_sessions", access.ended_sessions);
    out->set("was_locked", access.was_locked);
    return out;
}

Handler user_change(UserChange change) {
    return [change](RequestContext& ctx) {
        return Response::ok(to_json(change(ctx.sql, ctx.actor(), ctx.params.at("username"))));
    };
}

} // namespace

void add_user_routes(Router& router, const Settings&) {
    const Roles admins = access::allowed_roles(access::Operation::user_manage);
    router.add(Method::post, "/api/v1/users/{username}/disable", admins, no_scope, user_change(app::disable_user));
    router.add(Method::post, "/api/v1/users/{username}/enable", admins, no_scope, user_change(app::enable_user));
    router.add(Method::del, "/api/v1/users/{username}/sessions", admins, no_scope,
               user_change(app::end_user_sessions));
    router.add(Method::post, "/api/v1/users/{username}/unlock", admins, no_scope, user_change(app::unlock_user));
}

} // namespace hjt::http
