// The REST API's route table: method + path pattern ("/api/v1/families/{id}")
// -> who may call it (roles), which family owns what it names (scope), and the
// handler. Each line of the table is one Router::add call, so the access rules
// of an area read as a table in that area's *_routes.cpp file.
//
// What the dispatcher does for every request, in this order:
//   unknown path -> 404; known path, other method -> 405 (with Allow)
//   body over Settings::max_body_bytes -> 413; malformed JSON -> 400 field "body"
//   route not public and no valid bearer token -> 401
//   role not in the route's Roles -> 403
//   scope: the family owning the named resource; unknown id -> 404, and a
//     family user whose family is not the owner -> 404 (never 403: another
//     family's ids are not confirmed to exist)
//   handler, inside one transaction (rolled back on any error); a route of
//     add_public_own_transactions (login) opens its own short ones instead
//
// ADDING AN AREA (payout runs, shifts, payslips, ...):
//   1. Write src/http/<area>_routes.cpp with
//        void add_payout_routes(Router& router, const Settings& settings) {
//            router.add(Method::get, "/api/v1/payout-runs", access::staff, no_scope, list_runs);
//            router.add(Method::post, "/api/v1/payout-runs/{id}/approve",
//                       access::allowed_roles(access::Operation::payout_approve), no_scope, approve_run);
//            router.add(Method::get, "/api/v1/families/{id}/payslips", access::everyone,
//                       scope::family("id"), list_payslips);
//        }
//      using the role sets in http/access.h or app::allowed_roles(op) of the
//      one permission table (app/permissions.h; add an operation there, and
//      its require_permission at the start of the service, for a new rule),
//      and the scope resolvers in http/scopes.h.
//   2. Declare it in http/api_routes.h and add one line to api_routes() in
//      http/api_routes.cpp.
//   3. Add the area's endpoints to the access table in tests/api/access_test.cpp.
// Rules for handlers: GET handlers never write (they run without the writer
// lock), except those added with add_logged_read, which log what they show
// (a full CPR number, app/cpr_display.h) and so run as writers; routes a family user may call either have a scope or filter lists
// with RequestContext::confined_to_family(); auditors are never in the roles
// of a mutating route (tests/api/access_test.cpp checks every route).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/permissions.h"
#include "app/settings.h"
#include "domain/enum_texts.h"
#include "http/request_context.h"

namespace hjt::http {

enum class Method { get, post, put, patch, del };

std::span<const EnumText<Method>> codes(Method);  // "GET", "POST", "PUT", "PATCH", "DELETE"
using hjt::to_string;
inline std::optional<Method> parse_method(const std::string& text) { return parse_code<Method>(text); }
// Everything but GET changes data: runs under the writer lock.
inline bool is_mutating(Method m) { return m != Method::get; }

// The roles allowed on a route: app/permissions.h, the one table the services check too.
using Roles = app::Roles;

using Handler = std::function<Response(RequestContext&)>;
// The family that owns the resource the request names. Throws NotFound when
// the resource does not exist. An empty Scope means "owned by no family".
using Scope = std::function<Id(const RequestContext&)>;
inline const Scope no_scope{};

struct Route {
    Method method = Method::get;
    std::string pattern;   // "/api/v1/children/{id}/grants"
    bool needs_token = true;
    Roles roles;           // ignored when !needs_token
    Scope scope;
    Handler handler;
    // A GET that writes a log row of what it shows: runs in a write transaction.
    bool logs_reads = false;
    // Whether the request runs under the writer lock in a write transaction.
    bool writes() const { return method != Method::get || logs_reads; }
    // The handler opens its own short transactions (RequestContext::transactions)
    // instead of running inside one: signing in, which must not hold a lock while it hashes.
    bool own_transactions = false;
};

struct RouteMatch {
    const Route* route = nullptr;         // null: no route for this method
    PathParams params;
    std::vector<Method> allowed;          // the methods the path has (for 405)
};

class Router {
public:
    // A route that needs a bearer token and one of `roles`.
    void add(Method method, std::string pattern, Roles roles, Scope scope, Handler handler);
    // A GET that logs what it shows (Route::logs_reads).
    void add_logged_read(std::string pattern, Roles roles, Scope scope, Handler handler);
    // A route anyone may call without a token (login, healthz).
    void add_public(Method method, std::string pattern, Handler handler);
    // A public route whose handler runs its own transactions (see Route::own_transactions).
    void add_public_own_transactions(Method method, std::string pattern, Handler handler);

    RouteMatch match(Method method, const std::string& path) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

} // namespace hjt::http
