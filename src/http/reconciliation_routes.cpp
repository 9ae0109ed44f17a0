// The annual reconciliation over the API; the rules live in
// app/reconciliation_service, so the API and `hjt reconcile` behave alike.
//
//   GET  /api/v1/families/{id}/reconciliation?year=YYYY   everyone (a family its own)   stored figures; when none
//                                                          are stored, the figures as a draft would have them now
//   GET  /api/v1/families/{id}/budget?year=YYYY           everyone (a family its own)   the overview's budget:
//                                                          left, pace, forecast warning, weeks over the grant
//   POST /api/v1/reconciliations                           finance   {"year", "family_id"?}: (re)compute drafts
//   POST /api/v1/reconciliations/final                     finance   {"year", "family_id"?}: make final, post to
//                                                                    the ledgers, close the year
#include <Poco/JSON/Array.h>

#include "app/payout_export.h"
#include "app/family_budget.h"
#include "app/reconciliation_json.h"
#include "app/reconciliation_reads.h"
#include "app/reconciliation_service.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/query_values.h"
#include "http/scopes.h"

namespace hjt::http {
namespace {

Response family_reconciliation(RequestContext& ctx) {
    const Id family = ctx.id_param("id");
    const int year = year_query(ctx);
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    auto stored = app::stored_reconciliations(ctx.sql, year, family);
    for (const auto& r : stored) items->add(app::to_json(r));
    if (stored.empty())
        for (const auto& r : app::compute_reconciliations(ctx.sql, year, family, app::today_in_copenhagen())) {
            auto o = app::to_json(r);
            o->set("status", "not_stored");
            items->add(o);
        }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("family_id", family);
    out->set("year", year);
    out->set("closed", app::year_closed(ctx.sql, family, year));
    out->set("items", items);
    return Response::ok(out);
}

Response family_budget(RequestContext& ctx) {
    const Id family = ctx.id_param("id");
    const int year = year_query(ctx);
    return Response::ok(app::to_json(app::family_budget(ctx.sql, family, year, app::today_in_copenhagen())));
}

Response run(RequestContext& ctx, bool make_final) {
    auto in = ctx.input();
    int year = in.year("year");
    std::optional<Id> family;
    if (in.has("family_id")) family = in.id("family_id");
    auto report = app::reconcile_year(ctx.sql, ctx.actor(), year, family, make_final, app::today_in_copenhagen());
    return Response::ok(app::to_json(report));
}

} // namespace

void add_reconciliation_routes(Router& router, const Settings&) {
    router.add(Method::get, "/api/v1/families/{id}/reconciliation", access::everyone, scope::family("id"),
               family_reconciliation);
    router.add(Method::get, "/api/v1/families/{id}/budget", access::everyone, scope::family("id"), family_budget);
    router.add(Method::post, "/api/v1/reconciliations", access::allowed_roles(access::Operation::reconcile_draft), no_scope,
               [](RequestContext& ctx) { return run(ctx, false); });
    router.add(Method::post, "/api/v1/reconciliations/final", access::allowed_roles(access::Operation::reconcile_final),
               no_scope,
               [](RequestContext& ctx) { return run(ctx, true); });
}

} // namespace hjt::http
