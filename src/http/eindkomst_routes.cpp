// The month's eIndkomst files over the API (README "eIndkomst"): the same
// service and permission as `hjt eindkomst` (app/eindkomst_service.h, finance
// only), the municipality's own file under its SE number from
// config/payment.properties.
//
//   POST /api/v1/eindkomst/{month}   finance   {"test"?: true}: report the month (YYYY-MM)
//
// Answers per employer the file name, its counts and any refusal (Danish,
// naming the field), and the file itself ("content", CR LF lines) for finance
// to send to Skattestyrelsen: the server keeps no copy on disk, what was sent
// is stored (schema v14) and audited. Refused employers do not fail the
// request (the others are reported); "refused" counts them.
#include <Poco/JSON/Array.h>

#include "app/eindkomst_json.h"
#include "app/eindkomst_service.h"
#include "app/payment_settings.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/scopes.h"

namespace hjt::http {
namespace {

Response report_month(RequestContext& ctx) {
    const std::string text = ctx.params.at("month");
    const auto month = parse_iso_month(text);
    if (!month) throw ValidationError("month", Message{MessageCode::month_unreadable, {text}});
    const bool test = ctx.input().boolean("test", false);
    const auto result = app::report_eindkomst(ctx.sql, ctx.actor(), *month,
                                              {test, app::load_municipality_se(ctx.settings.config_dir)});
    Poco::JSON::Array::Ptr employers = new Poco::JSON::Array;
    long long refused = 0;
    for (const auto& e : result.employers) {
        auto o = app::to_json(e);
        o->set("family_name", e.family_name);
        o->set("file_name", e.file_name);
        o->set("content", e.content);
        if (!e.refused.empty()) ++refused;
        employers->add(o);
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("month", iso(*month));
    out->set("employers", employers);
    out->set("refused", refused);
    return Response::ok(out);
}

} // namespace

void add_eindkomst_routes(Router& r, const Settings&) {
    r.add(Method::post, "/api/v1/eindkomst/{month}", access::allowed_roles(access::Operation::eindkomst_report),
          no_scope, report_month);
}

} // namespace hjt::http
