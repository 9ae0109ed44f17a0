// The municipal policy over the API, as `hjt policy show` and `hjt policy
// set` have it; the rules live in app/policy_service (domain/policy_changes.h).
//
//   GET  /api/v1/policy[?on=YYYY-MM-DD]  staff     {on, settings: [{name, value, since}], changes}
//   POST /api/v1/policy                  finance   {"name", "value", "valid_from", "reason"}: a dated
//                                                  change, audited; 201 with the change
#include "app/payout_export.h"
#include "app/policy_json.h"
#include "app/policy_service.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"

namespace hjt::http {
namespace {

Date on_query(const RequestContext& ctx) {
    auto text = ctx.query_param("on");
    if (!text) return app::today_in_copenhagen();
    auto day = parse_typed_date(*text);
    if (!day) throw ValidationError("on", Message{MessageCode::not_a_danish_date, {*text}});
    return *day;
}

Response show_policy(RequestContext& ctx) { return Response::ok(app::to_json(app::show_policy(ctx.sql, ctx.actor(), on_query(ctx)))); }

Response change_policy(RequestContext& ctx) {
    const JsonInput in = ctx.input();
    PolicyChange change;
    change.name = in.text("name");
    change.value = in.text("value");
    change.valid_from = in.date("valid_from");
    change.reason = in.text("reason");
    return Response::created(app::to_json(app::change_policy(ctx.sql, ctx.actor(), change)));
}

} // namespace

void add_policy_routes(Router& router, const Settings&) {
    router.add(Method::get, "/api/v1/policy", access::staff, no_scope, show_policy);
    router.add(Method::post, "/api/v1/policy", access::allowed_roles(access::Operation::policy_change), no_scope,
               change_policy);
}

} // namespace hjt::http
