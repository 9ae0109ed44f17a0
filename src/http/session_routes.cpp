// Signing in and out, and the health check: the only endpoints besides the
// register that a route table of its own would be too much for.
#include <chrono>

#include "app/entity_json.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/http_errors.h"
#include "support/clock.h"

namespace hjt::http {
namespace {

// The session row holds the same instant to the second: both are taken now.
std::string utc_in_minutes(int minutes) {
    return support::utc_timestamp(std::chrono::system_clock::now() + std::chrono::minutes(minutes));
}

Response login(RequestContext& ctx) {
    auto in = ctx.input();
    std::string username = in.text("username");
    std::string password = in.text("password");
    const int minutes = ctx.settings.session_minutes;
    auto token = app::login(ctx.sql, username, password, minutes);
    // One answer for an unknown user and a wrong password.
    if (!token) throw unauthorized("wrong username or password");
    auto user = app::authenticate(ctx.sql, *token);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("token", *token);
    out->set("expires_at", utc_in_minutes(minutes));
    if (user) out->set("user", app::to_json(*user));
    return Response::ok(out);
}

Response logout(RequestContext& ctx) {
    app::logout(ctx.sql, ctx.token);
    return Response::no_content();
}

Response healthz(RequestContext& ctx) {
    int one = 0;
    ctx.sql << "SELECT 1", soci::into(one);  // the database answers
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("status", one == 1 ? "ok" : "degraded");
    return Response::ok(out);
}

} // namespace

void add_session_routes(Router& router, const Settings&) {
    router.add_public(Method::get, "/healthz", healthz);
    router.add_public(Method::post, "/api/v1/login", login);
    router.add(Method::post, "/api/v1/logout", access::everyone, no_scope, logout);
}

} // namespace hjt::http
