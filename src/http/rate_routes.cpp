// A year's rates over the API, as `hjt rates show` and `hjt rates set` have
// them; the rules live in app/rate_service. Values are integers in the
// figure's unit ("ore", "basis_points", "hundredths_of_hours"), as everywhere
// in the API.
//
//   GET /api/v1/rates/{year}   staff     {year, figures: [{name, value, unit, estimated, source}]}
//   PUT /api/v1/rates/{year}   finance   {"name", "value", "source"}: the published figure replaces
//                                        the stored (estimated) one; audited; {before, after}
//   POST /api/v1/rates/{year}  finance   opens a year without rates as estimates copied from the
//                                        year before; audited; 201 {year, figures}
#include <Poco/JSON/Array.h>

#include "app/rate_service.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "http/access.h"
#include "http/api_routes.h"

namespace hjt::http {
namespace {

int year_param(const RequestContext& ctx) {
    return limits::checked_year(ctx.id_param("id"), "year");
}

Response show_rates(RequestContext& ctx) {
    const int year = year_param(ctx);
    Poco::JSON::Array::Ptr figures = new Poco::JSON::Array;
    for (const auto& f : app::stored_figures_in_order(ctx.sql, year)) figures->add(app::figure_json(year, f));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("year", year);
    out->set("figures", figures);
    return Response::ok(out);
}

Response publish_rate(RequestContext& ctx) {
    const int year = year_param(ctx);
    const JsonInput in = ctx.input();
    auto change = app::publish_figure(ctx.sql, ctx.actor(), year, in.text("name"), in.integer("value"), in.text("source"));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("before", app::figure_json(year, change.before));
    out->set("after", app::figure_json(year, change.after));
    return Response::ok(out);
}

Response open_rate_year(RequestContext& ctx) {
    const int year = year_param(ctx);
    Poco::JSON::Array::Ptr figures = new Poco::JSON::Array;
    for (const auto& f : app::open_rate_year(ctx.sql, ctx.actor(), year)) figures->add(app::figure_json(year, f));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("year", year);
    out->set("figures", figures);
    return Response::created(out);
}

} // namespace

void add_rate_routes(Router& router, const Settings&) {
    router.add(Method::get, "/api/v1/rates/{id}", access::staff, no_scope, show_rates);
    router.add(Method::put, "/api/v1/rates/{id}", access::allowed_roles(access::Operation::rates_publish), no_scope,
               publish_rate);
    router.add(Method::post, "/api/v1/rates/{id}", access::allowed_roles(access::Operation::rates_publish), no_scope,
               open_rate_year);
}

} // namespace hjt::http
