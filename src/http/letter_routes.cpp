// The family's documents as PDF letters (app/letter_service.h), beside their
// xlsx versions and with the same access: everyone, a family user only its own
// family (another family's id answers 404, by scope and again in the service).
//
//   GET /api/v1/families/{id}/statement.pdf?year=YYYY                       the annual statement
//   GET /api/v1/helpers/{id}/payslip.pdf?month=YYYY-MM                      a helper's payslip
//   GET /api/v1/children/{id}/lost-earnings/{award_id}/decision.pdf?year=YYYY  the lost-earnings decision
//   GET /api/v1/claims/{id}/letter.pdf                                      a repayment claim as issued
//   GET /api/v1/claims/{id}/reminders/{n}/letter.pdf                        its reminder n as sent (1 the first)
#include "app/letter_service.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/query_values.h"
#include "http/scopes.h"

namespace hjt::http {
namespace {

Response pdf_response(const app::LetterFile& letter) {
    return Response::file("application/pdf", letter.file_name, letter.pdf);
}

app::LetterSettings letter_settings(const RequestContext& ctx) {
    return app::load_letter_settings(ctx.settings.config_dir);
}

Response statement_pdf(RequestContext& ctx) {
    const int year = year_query(ctx);
    return pdf_response(app::statement_letter(ctx.sql, ctx.actor(), ctx.id_param("id"), year, letter_settings(ctx),
                                              app::today_in_copenhagen()));
}

Response payslip_pdf(RequestContext& ctx) {
    const Month month = month_query(ctx);
    return pdf_response(app::payslip_letter(ctx.sql, ctx.actor(), ctx.id_param("id"), month, letter_settings(ctx),
                                            app::today_in_copenhagen()));
}

Response lost_earnings_pdf(RequestContext& ctx) {
    const int year = year_query(ctx);
    const auto letter = app::lost_earnings_letter(ctx.sql, ctx.actor(), ctx.id_param("award_id"), year,
                                                  letter_settings(ctx), app::today_in_copenhagen());
    return pdf_response(letter);
}

Response claim_pdf(RequestContext& ctx) {
    return pdf_response(app::claim_letter(ctx.sql, ctx.actor(), ctx.id_param("id"), letter_settings(ctx),
                                          app::load_fi_creditor(ctx.settings.config_dir), app::today_in_copenhagen()));
}

Response reminder_pdf(RequestContext& ctx) {
    // At most claims.reminder_count's limit (10) reminders exist; checked before narrowing to int.
    const Id n = ctx.id_param("n");
    if (n < 1 || n > 10) throw NotFound(Message{MessageCode::path_not_found, {"rykker " + std::to_string(n)}});
    return pdf_response(app::reminder_letter(ctx.sql, ctx.actor(), ctx.id_param("id"), static_cast<int>(n),
                                             letter_settings(ctx), app::load_fi_creditor(ctx.settings.config_dir),
                                             app::today_in_copenhagen()));
}

} // namespace

void add_letter_routes(Router& router, const Settings&) {
    using access::everyone;
    router.add(Method::get, "/api/v1/families/{id}/statement.pdf", everyone, scope::family("id"), statement_pdf);
    router.add(Method::get, "/api/v1/helpers/{id}/payslip.pdf", everyone, scope::helper("id"), payslip_pdf);
    router.add(Method::get, "/api/v1/children/{id}/lost-earnings/{award_id}/decision.pdf", everyone, scope::child("id"),
               lost_earnings_pdf);
    // No family scope in the path: the claims service answers 404 for another family's claim.
    router.add(Method::get, "/api/v1/claims/{id}/letter.pdf", everyone, no_scope, claim_pdf);
    router.add(Method::get, "/api/v1/claims/{id}/reminders/{n}/letter.pdf", everyone, no_scope, reminder_pdf);
}

} // namespace hjt::http
