// The payout runs and the families' ledgers over the API. A run is named by
// its id (from the list or from preparing it); the rules live in
// app/payout_service, so the API and `hjt payout` behave alike.
//
//   GET  /api/v1/payout-runs                  staff     every run (headers)
//   POST /api/v1/payout-runs                  finance   {"month": "YYYY-MM", "catch_up"?: true}: prepare
//                                                      (replaces the month's draft; catch_up: see app::prepare_payout)
//   GET  /api/v1/payout-runs/{id}             staff     the run with its lines, flags and payees
//   POST /api/v1/payout-runs/{id}/approve     finance   {"content_hash"?}: four eyes, freeze, post to the ledgers
//   POST /api/v1/payout-runs/{id}/mark-paid   finance
//   GET  /api/v1/payout-runs/{id}/sheet       staff     the run sheet (xlsx)
//   POST /api/v1/payout-runs/{id}/bank-file   finance   {"format": "xml"|"csv", "execution_date"?}: audited
//   GET  /api/v1/families/{id}/ledger         everyone  (a family its own) postings, balance and what is owed
#include <Poco/JSON/Array.h>

#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "app/payout_json.h"
#include "app/payout_service.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/scopes.h"
#include "http/xlsx_response.h"

namespace hjt::http {
namespace {

Month run_month(const RequestContext& ctx) { return app::payout_run_month(ctx.sql, ctx.id_param("id")); }

Response list_runs(RequestContext& ctx) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& run : app::list_payout_runs(ctx.sql)) items->add(app::to_json(run));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    return Response::ok(out);
}

Response prepare_run(RequestContext& ctx) {
    std::string text = ctx.input().text("month");
    auto month = parse_iso_month(text);
    if (!month) throw ValidationError("month", Message{MessageCode::month_unreadable, {text}});
    auto in = ctx.input();
    app::PrepareOptions options;
    options.catch_up = in.boolean("catch_up", false);
    options.default_pension = app::load_default_pension_payee(ctx.settings.config_dir);
    options.payroll_service = app::load_payroll_service_payees(ctx.settings.config_dir);
    auto outcome = app::prepare_payout(ctx.sql, ctx.actor(), *month, options);
    auto out = app::to_json(outcome.run);
    out->set("replaced_draft", outcome.replaced_draft);
    out->set("unchanged", outcome.unchanged);
    out->set("flags", static_cast<long long>(outcome.flags));
    return Response::ok(out);
}

Response get_run(RequestContext& ctx) { return Response::ok(app::to_json(app::load_payout_run(ctx.sql, run_month(ctx)))); }

Response approve_run(RequestContext& ctx) {
    auto in = ctx.input();
    std::optional<std::string> hash;
    if (in.has("content_hash")) hash = in.text("content_hash");
    return Response::ok(app::to_json(app::approve_payout(ctx.sql, ctx.actor(), run_month(ctx), hash)));
}

Response mark_run_paid(RequestContext& ctx) {
    return Response::ok(app::to_json(app::mark_payout_paid(ctx.sql, ctx.actor(), run_month(ctx))));
}

Response run_sheet(RequestContext& ctx) {
    Month month = run_month(ctx);
    return xlsx_response("udbetaling-" + iso(month) + ".xlsx", app::payout_run_sheet(ctx.sql, ctx.actor(), month));
}

Response bank_file(RequestContext& ctx) {
    Month month = run_month(ctx);
    auto in = ctx.input();
    std::string format = in.text("format", std::string("xml"));
    if (format != "xml" && format != "csv") throw ValidationError("format", Message{MessageCode::bank_file_format_unknown, {format}});
    Date execution = in.date("execution_date", app::default_execution_date(month, app::today_in_copenhagen()));
    const std::string name = "betaling-" + iso(month);
    auto files = app::payout_bank_files(ctx.sql, ctx.actor(), month, app::load_debtor(ctx.settings.config_dir),
                                        execution, name);
    bool xml = format == "xml";
    return Response::file(xml ? "application/xml" : "text/csv; charset=utf-8", name + (xml ? ".xml" : ".csv"),
                          std::move(xml ? files.xml : files.csv));
}

Response family_ledger(RequestContext& ctx) {
    Id family_id = ctx.id_param("id");
    auto ledger = app::family_ledger(ctx.sql, family_id);
    return Response::ok(app::ledger_json(family_id, ledger.postings, ledger.owed));
}

} // namespace

void add_payout_routes(Router& r, const Settings&) {
    const std::string runs = "/api/v1/payout-runs";
    r.add(Method::get, runs, access::staff, no_scope, list_runs);
    r.add(Method::post, runs, access::allowed_roles(access::Operation::payout_prepare), no_scope, prepare_run);
    r.add(Method::get, runs + "/{id}", access::staff, no_scope, get_run);
    r.add(Method::post, runs + "/{id}/approve", access::allowed_roles(access::Operation::payout_approve), no_scope, approve_run);
    r.add(Method::post, runs + "/{id}/mark-paid", access::allowed_roles(access::Operation::payout_mark_paid), no_scope, mark_run_paid);
    r.add(Method::get, runs + "/{id}/sheet", access::staff, no_scope, run_sheet);
    r.add(Method::post, runs + "/{id}/bank-file", access::allowed_roles(access::Operation::payout_bank_file), no_scope, bank_file);
    r.add(Method::get, "/api/v1/families/{id}/ledger", access::everyone, scope::family("id"), family_ledger);
}

} // namespace hjt::http
