// Shifts and payslips over the API; the rules live in app/shift_service and
// app/payslip_service, so the API and `hjt shifts` / `hjt payslip` behave alike.
//
//   GET  /api/v1/helpers/{id}/shifts?month=YYYY-MM      everyone        the helper's shifts of the month
//   POST /api/v1/helpers/{id}/shifts                    family_editors  {"date", "start", "end", "kind"?}: one shift
//                                                                       (kind "work", the default, or "sick")
//   POST /api/v1/helpers/{id}/shift-preview             family_editors  {"date", "start", "end", "kind"?, "replacing"?}:
//                                                                       classified, not stored ("replacing": the shift being edited)
//   PUT  /api/v1/shifts/{id}                            family_editors  {"date", "start", "end", "kind"?}: new times
//                                                                       (no kind: the shift keeps its own)
//   DELETE /api/v1/shifts/{id}                          family_editors  a shift entered by mistake
//   POST /api/v1/families/{id}/shift-imports            family_editors  {"csv": text} or
//                                                                       {"xlsx_base64": ..., "helper"?}: all or nothing
//   GET  /api/v1/helpers/{id}/timesheet.xlsx           everyone        the xlsx timesheet template, the helper's name filled in
//   GET  /api/v1/families/{id}/timesheet.csv           everyone        the CSV template: the Danish header the import reads
//   GET  /api/v1/helpers/{id}/payslip?month=YYYY-MM     everyone        the payslip as JSON
//   GET  /api/v1/helpers/{id}/payslip.xlsx?month=...    everyone        the payslip (lønseddel) as xlsx
//   GET  /api/v1/families/{id}/payslips?month=YYYY-MM   everyone        every helper's payslip and the totals
// A family user reaches only its own family's helpers (404 otherwise, by scope).
#include <Poco/Base64Decoder.h>
#include <Poco/JSON/Array.h>

#include <iterator>
#include <sstream>

#include "app/payroll_year_json.h"
#include "app/payroll_year_service.h"
#include "app/payslip_service.h"
#include "app/rate_service.h"
#include "app/shift_json.h"
#include "app/register_reads.h"
#include "app/shift_file.h"
#include "app/shift_service.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/query_values.h"
#include "http/scopes.h"
#include "http/xlsx_response.h"
#include "reports/timesheet_template.h"
#include "reports/workbook_bytes.h"

namespace hjt::http {
namespace {

Response list_shifts(RequestContext& ctx) {
    const auto month = app::helper_shifts(ctx.sql, ctx.actor(), ctx.id_param("id"), month_query(ctx));
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& s : month.shifts) items->add(app::to_json(s, month.policy));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    out->set("minutes", month.minutes);
    out->set("subsidisable_minutes", month.subsidisable_minutes);
    return Response::ok(out);
}

ShiftTimes shift_times(const RequestContext& ctx) {
    const JsonInput in = ctx.input();
    return parse_shift_times(in.text("date"), in.text("start"), in.text("end"));
}

// "kind": "work" or "sick"; nullopt when the body has none.
std::optional<ShiftKind> shift_kind(const RequestContext& ctx) {
    const JsonInput in = ctx.input();
    if (!in.has("kind")) return std::nullopt;
    const std::string text = in.text("kind");
    auto kind = parse_shift_kind(text);
    if (!kind || text.empty()) throw ValidationError("kind", Message{MessageCode::value_not_allowed, {text, "work / sick"}});
    return kind;
}

// The times are read before the policy, so bad input is a 400 even without one.
Response add_shift(RequestContext& ctx) {
    const ShiftTimes times = shift_times(ctx);
    const ShiftKind kind = shift_kind(ctx).value_or(ShiftKind::work);
    const auto shift = app::add_shift(ctx.sql, ctx.actor(), ctx.id_param("id"), times, kind);
    return Response::created(app::to_json(shift, app::shift_policy(ctx.sql, shift.times.date)));
}

Response preview_shift(RequestContext& ctx) {
    const ShiftTimes times = shift_times(ctx);
    const ShiftKind kind = shift_kind(ctx).value_or(ShiftKind::work);
    const JsonInput in = ctx.input();
    const std::optional<Id> replacing = in.has("replacing") ? std::optional(in.id("replacing")) : std::nullopt;
    const auto shift = app::preview_shift(ctx.sql, ctx.id_param("id"), times, replacing, kind);
    return Response::ok(app::to_json(shift, app::shift_policy(ctx.sql, shift.times.date)));
}

Response update_shift(RequestContext& ctx) {
    const ShiftTimes times = shift_times(ctx);
    const std::optional<ShiftKind> kind = shift_kind(ctx);
    const auto shift = app::update_shift(ctx.sql, ctx.actor(), ctx.id_param("id"), times, kind);
    return Response::ok(app::to_json(shift, app::shift_policy(ctx.sql, shift.times.date)));
}

Response delete_shift(RequestContext& ctx) {
    app::delete_shift(ctx.sql, ctx.actor(), ctx.id_param("id"));
    return Response::no_content();
}

std::string decoded_base64(const std::string& text) {
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    try {
        return std::string(std::istreambuf_iterator<char>(decoder), {});
    } catch (const Poco::Exception&) {
        throw ValidationError("xlsx_base64", Message{MessageCode::not_base64, {}});
    }
}

Response import_shifts(RequestContext& ctx) {
    const JsonInput in = ctx.input();
    const std::string source = in.text("file_name", std::string("upload"));
    app::ShiftFile file;
    if (in.has("csv")) file = app::read_shift_csv(in.text("csv"), source);
    else if (in.has("xlsx_base64"))
        file = app::read_shift_xlsx(decoded_base64(in.text("xlsx_base64")), source,
                                    in.has("helper") ? std::optional(in.text("helper")) : std::nullopt);
    else throw ValidationError("csv", Message{MessageCode::shift_file_missing, {}});
    // A file whose header (or sheet) is malformed is refused before anything is
    // read from the store; a broken quote further down, when the import reaches it.
    if (!file.problems().empty()) throw app::ShiftFileRejected(file.source(), file.problems());
    auto report = app::import_shifts(ctx.sql, ctx.actor(), ctx.id_param("id"), std::move(file));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("file_name", report.source);
    out->set("shifts", report.shifts);
    out->set("minutes", report.minutes);
    out->set("subsidisable_minutes", report.subsidisable_minutes);
    return Response::created(out);
}

// The templates a family fills in (issue 19): the import reads both back,
// the helper named by name as the family knows it.
Response timesheet_xlsx(RequestContext& ctx) {
    const Id id = ctx.id_param("id");
    auto helper = app::find_helper(ctx.sql, id);
    if (!helper) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(id)}});
    return xlsx_response("timeseddel-" + std::to_string(id) + ".xlsx",
                         reports::workbook_bytes([&](const std::string& path) { reports::timesheet::write(path, helper->name); }));
}

Response timesheet_csv(RequestContext& ctx) {
    return Response::file("text/csv; charset=utf-8", "timeliste-" + std::to_string(ctx.id_param("id")) + ".csv",
                          app::shift_csv_template());
}

// The month is read first, so a bad query is a 400 before the store is asked.
app::HelperMonth helper_month(const RequestContext& ctx) {
    const Month month = month_query(ctx);
    return app::helper_payslip(ctx.sql, ctx.id_param("id"), month);
}

Response payslip(RequestContext& ctx) { return Response::ok(app::to_json(helper_month(ctx))); }

Response payslip_xlsx(RequestContext& ctx) {
    const auto m = helper_month(ctx);
    return xlsx_response("lonseddel-" + std::to_string(m.helper.id) + "-" + iso(m.month) + ".xlsx",
                         reports::workbook_bytes([&](const std::string& path) {
                             reports::write_payslip_sheet(path, app::payslip_document(m));
                         }));
}

Response family_payslips(RequestContext& ctx) {
    const Month month = month_query(ctx);
    return Response::ok(app::to_json(
        app::family_payslips(ctx.sql, ctx.id_param("id"), month)));
}

// GET /families/{id}/payroll-year?year=YYYY: each helper's year tied to the months' eIndkomst reports.
Response payroll_year(RequestContext& ctx) {
    return Response::ok(app::to_json(app::family_payroll_year(ctx.sql, ctx.actor(), ctx.id_param("id"), year_query(ctx))));
}

// GET /families/{id}/payroll-year.xlsx?year=YYYY: the overview and a sheet per helper.
Response payroll_year_xlsx(RequestContext& ctx) {
    const int year = year_query(ctx);
    const auto doc = app::payroll_year_document(app::family_payroll_year(ctx.sql, ctx.actor(), ctx.id_param("id"), year));
    return xlsx_response("lonaar-" + std::to_string(ctx.id_param("id")) + "-" + std::to_string(year) + ".xlsx",
                         reports::workbook_bytes([&](const std::string& path) { reports::write_family_payroll_year(path, doc); }));
}

} // namespace

void add_shift_routes(Router& router, const Settings&) {
    using namespace access;
    router.add(Method::get, "/api/v1/helpers/{id}/shifts", everyone, scope::helper("id"), list_shifts);
    router.add(Method::post, "/api/v1/helpers/{id}/shifts", family_editors, scope::helper("id"), add_shift);
    router.add(Method::post, "/api/v1/helpers/{id}/shift-preview", family_editors, scope::helper("id"), preview_shift);
    router.add(Method::put, "/api/v1/shifts/{id}", family_editors, scope::shift("id"), update_shift);
    router.add(Method::del, "/api/v1/shifts/{id}", family_editors, scope::shift("id"), delete_shift);
    router.add(Method::post, "/api/v1/families/{id}/shift-imports", family_editors, scope::family("id"), import_shifts);
    router.add(Method::get, "/api/v1/helpers/{id}/timesheet.xlsx", everyone, scope::helper("id"), timesheet_xlsx);
    router.add(Method::get, "/api/v1/families/{id}/timesheet.csv", everyone, scope::family("id"), timesheet_csv);
    router.add(Method::get, "/api/v1/helpers/{id}/payslip", everyone, scope::helper("id"), payslip);
    router.add(Method::get, "/api/v1/helpers/{id}/payslip.xlsx", everyone, scope::helper("id"), payslip_xlsx);
    router.add(Method::get, "/api/v1/families/{id}/payslips", everyone, scope::family("id"), family_payslips);
    router.add(Method::get, "/api/v1/families/{id}/payroll-year", everyone, scope::family("id"), payroll_year);
    router.add(Method::get, "/api/v1/families/{id}/payroll-year.xlsx", everyone, scope::family("id"), payroll_year_xlsx);
}

} // namespace hjt::http
