// Signing in and out, and the health check: the only endpoints besides the
// register that a route table of its own would be too much for.
#include "app/entity_json.h"
#include "app/health.h"
#include "app/letter_settings.h"
#include "app/login.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/http_errors.h"

namespace hjt::http {
namespace {

// The status of each refusal: 401 for a wrong password (the same for an
// unknown user), 429 while throttled, 503 when no hashing slot came free.
int status_of(app::LoginOutcome outcome) {
    switch (outcome) {
    case app::LoginOutcome::throttled: return 429;
    case app::LoginOutcome::busy: return 503;
    case app::LoginOutcome::refused:
    case app::LoginOutcome::signed_in: break;
    }
    return 401;
}

// Runs outside any transaction: app::login opens short ones around the
// password check (app/login.h), which holds no lock.
Response login(RequestContext& ctx) {
    auto in = ctx.input();
    const app::LoginRequest request{in.text("username"), in.text("password"), ctx.client_address};
    const app::LoginResult result = app::login(*ctx.transactions, *ctx.hashing, ctx.settings, request);
    if (result.outcome != app::LoginOutcome::signed_in) {
        std::map<std::string, std::string> headers;
        if (result.retry_after_seconds > 0) headers["Retry-After"] = std::to_string(result.retry_after_seconds);
        throw HttpError(status_of(result.outcome), app::login_refusal_text(result),
                        app::login_refusal_code(result.outcome), headers);
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("token", result.session->token);
    out->set("expires_at", result.session->expires_at);
    out->set("user", app::to_json(*result.user));
    return Response::ok(out);
}

Response logout(RequestContext& ctx) {
    app::logout(ctx.sql, ctx.token);
    return Response::no_content();
}

// Ready (200) only when the database answers and can take a write; else 503
// with what is wrong, so a load balancer sends no one to a server that would
// refuse every change and every login.
Response healthz(RequestContext& ctx) {
    const app::Readiness r = app::readiness(ctx.sql, ctx.settings);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("status", r.ready() ? "ok" : "not_ready");
    out->set("database_writable", r.database_writable);
    if (r.ready()) return Response::ok(out);
    out->set("error", r.problem);
    out->set("code", "database_not_writable");
    return {503, out, "", "", "", {{"Retry-After", "30"}}};
}

// {"name": "Egeskov Kommune"}: public, for the pages' header before anyone signs in.
Response municipality(RequestContext& ctx) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("name", app::municipality_name(ctx.settings.config_dir));
    return Response::ok(out);
}

} // namespace

void add_session_routes(Router& router, const Settings&) {
    router.add_public(Method::get, "/healthz", healthz);
    router.add_public(Method::get, "/api/v1/municipality", municipality);
    router.add_public_own_transactions(Method::post, "/api/v1/login", login);
    router.add(Method::post, "/api/v1/logout", access::everyone, no_scope, logout);
}

} // namespace hjt::http
