// Personal data (README "Persondata"):
//   GET /api/v1/cpr-log[?family=ID]                 admin, auditor: who was shown full CPR numbers, newest first
//   GET /api/v1/families/{id}/subject-access        admin, the family itself: all its data as JSON
//       (full CPR numbers, each display logged, and an audit entry: a read that writes, add_logged_read)
#include <Poco/JSON/Array.h>

#include "app/cpr_display.h"
#include "app/permissions.h"
#include "app/subject_access.h"
#include "domain/errors.h"
#include "http/api_routes.h"
#include "http/query_values.h"
#include "http/scopes.h"

namespace hjt::http {
namespace {

Response cpr_log(RequestContext& ctx) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& row : app::cpr_log(ctx.sql, ctx.actor(), family_query(ctx))) items->add(app::to_json(row));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    return Response::ok(out);
}

Response subject_access(RequestContext& ctx) {
    return Response::ok(app::subject_access(ctx.sql, ctx.actor(), ctx.id_param("id")));
}

} // namespace

void add_privacy_routes(Router& r, const Settings&) {
    using app::Operation;
    r.add(Method::get, "/api/v1/cpr-log", app::allowed_roles(Operation::cpr_log), no_scope, cpr_log);
    r.add_logged_read("/api/v1/families/{id}/subject-access", app::allowed_roles(Operation::subject_access),
                      scope::family("id"), subject_access);
}

} // namespace hjt::http
