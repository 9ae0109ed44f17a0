// Repayment claims over the API (issue 21); the rules live in app/claims_*,
// so the API and `hjt claims` behave alike. Dates: "date" (query or body,
// YYYY-MM-DD) is the day states are reckoned on, today by default.
//
//   GET  /api/v1/claims?family_id=ID                    everyone (a family: its own)   claims with state and balance
//   GET  /api/v1/claims/{id}                            everyone (another family's: 404) one claim, its events,
//                                                                                        plan, payment line and account
//   POST /api/v1/claims/{id}/plan                       finance {"amount_per_month", "first"}
//   POST /api/v1/claims/{id}/assign                     finance {"receipt_id", "amount"?}
//   POST /api/v1/claims/{id}/write-offs                 finance {"amount", "reason"} -> {"write_off_id"}
//   POST /api/v1/claims/{id}/write-offs/{wid}/approve   finance, not the preparer (409)
//   POST /api/v1/claims/reminders                       finance {"date"?}: reminders due, recorded
//   POST /api/v1/claims/handover                        finance {"date"?}: the CSV for Gældsstyrelsen, recorded
//   GET  /api/v1/receipts?all=true                      finance  receipts (default: with something unassigned)
//   POST /api/v1/receipts/camt                          finance {"file_name", "xml"}: a camt.054 file
#include <Poco/JSON/Array.h>

#include "app/claims_json.h"
#include "app/claims_overdue.h"
#include "app/claims_receipts.h"
#include "app/claims_service.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "domain/digits.h"
#include "domain/errors.h"
#include "domain/payment_reference.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/scopes.h"

namespace hjt::http {
namespace {

Date query_date(const RequestContext& ctx) {
    auto text = ctx.query_param("date");
    if (!text) return app::today_in_copenhagen();
    auto d = parse_iso_date(*text);
    if (!d) throw ValidationError("date", Message{MessageCode::field_not_iso_date, {*text}});
    return *d;
}

Date body_date(const RequestContext& ctx) { return ctx.input().date("date", app::today_in_copenhagen()); }

Poco::JSON::Array::Ptr claims_json(const std::vector<app::ClaimView>& claims) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& c : claims) items->add(app::to_json(c));
    return items;
}

Response list(RequestContext& ctx) {
    std::optional<Id> family;
    if (auto text = ctx.query_param("family_id")) {
        if (!all_digits(*text) || text->size() > 15 || std::stoll(*text) == 0)
            throw ValidationError("family_id", Message{MessageCode::id_unreadable, {*text}});
        family = std::stoll(*text);
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", claims_json(app::list_claims(ctx.sql, ctx.actor(), family, query_date(ctx))));
    return Response::ok(out);
}

Response show(RequestContext& ctx) {
    auto view = app::show_claim(ctx.sql, ctx.actor(), ctx.id_param("id"), query_date(ctx));
    auto o = app::to_json(view);
    const auto creditor = app::load_fi_creditor(ctx.settings.config_dir);
    o->set("payment_line", fi_payment_line(view.claim.payment_id, creditor));
    // Paying by plain transfer: the municipality's account, with the payment ID as the text.
    const auto account = app::load_debtor(ctx.settings.config_dir);
    o->set("creditor_number", creditor);
    o->set("pay_to_name", account.name);
    o->set("pay_to_iban", account.iban);
    return Response::ok(o);
}

Response plan(RequestContext& ctx) {
    auto in = ctx.input();
    return Response::ok(app::to_json(app::add_plan(ctx.sql, ctx.actor(), ctx.id_param("id"),
                                                   in.money("amount_per_month"), in.date("first"), body_date(ctx))));
}

Response assign(RequestContext& ctx) {
    auto in = ctx.input();
    std::optional<Money> amount;
    if (in.has("amount")) amount = in.money("amount");
    return Response::ok(app::to_json(
        app::assign_receipt(ctx.sql, ctx.actor(), in.id("receipt_id"), ctx.id_param("id"), amount, body_date(ctx))));
}

Response write_off(RequestContext& ctx) {
    auto in = ctx.input();
    Id id = app::prepare_write_off(ctx.sql, ctx.actor(), ctx.id_param("id"), in.money("amount"), in.text("reason"),
                                   body_date(ctx));
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("write_off_id", id);
    return Response::created(o);
}

Response approve(RequestContext& ctx) {
    return Response::ok(app::to_json(
        app::approve_write_off(ctx.sql, ctx.actor(), ctx.id_param("id"), ctx.id_param("wid"), body_date(ctx))));
}

Response reminders(RequestContext& ctx) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& r : app::record_reminders(ctx.sql, ctx.actor(), body_date(ctx))) items->add(app::to_json(r));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    return Response::ok(out);
}

Response handover(RequestContext& ctx) {
    const Date date = body_date(ctx);
    auto h = app::hand_over(ctx.sql, ctx.actor(), date);
    return Response::file("text/csv; charset=utf-8", "overdragelse-" + iso(date) + ".csv", std::move(h.csv));
}

Response receipts(RequestContext& ctx) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& r : app::list_receipts(ctx.sql, ctx.actor(), ctx.query_param("all") != "true"))
        items->add(app::to_json(r));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    return Response::ok(out);
}

Response import_camt(RequestContext& ctx) {
    auto in = ctx.input();
    return Response::created(app::to_json(
        app::import_camt(ctx.sql, ctx.actor(), in.text("xml"), in.text("file_name", "camt054.xml"), body_date(ctx))));
}

} // namespace

void add_claims_routes(Router& router, const Settings&) {
    const auto manage = access::allowed_roles(access::Operation::claims_manage);
    router.add(Method::get, "/api/v1/claims", access::everyone, no_scope, list);
    router.add(Method::get, "/api/v1/claims/{id}", access::everyone, no_scope, show);
    router.add(Method::post, "/api/v1/claims/{id}/plan", manage, no_scope, plan);
    router.add(Method::post, "/api/v1/claims/{id}/assign", manage, no_scope, assign);
    router.add(Method::post, "/api/v1/claims/{id}/write-offs", manage, no_scope, write_off);
    router.add(Method::post, "/api/v1/claims/{id}/write-offs/{wid}/approve", manage, no_scope, approve);
    router.add(Method::post, "/api/v1/claims/reminders", manage, no_scope, reminders);
    router.add(Method::post, "/api/v1/claims/handover", access::allowed_roles(access::Operation::claims_handover),
               no_scope, handover);
    router.add(Method::get, "/api/v1/receipts", manage, no_scope, receipts);
    router.add(Method::post, "/api/v1/receipts/camt", manage, no_scope, import_camt);
}

} // namespace hjt::http
