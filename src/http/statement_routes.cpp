// The family's annual statement over the API; the figures come from
// app/statement_service, so the API and `hjt statement` give the same file.
//
//   GET /api/v1/families/{id}/statement.xlsx?year=YYYY   everyone   the statement (årsopgørelse) as xlsx
// A family user reaches only its own family (another family's id answers 404, by scope).
#include "app/payout_export.h"
#include "app/statement_service.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/scopes.h"
#include "http/xlsx_response.h"
#include "reports/workbook_bytes.h"

namespace hjt::http {
namespace {

int year_param(const RequestContext& ctx) {
    auto text = ctx.query_param("year");
    if (!text) throw ValidationError("year", Message{MessageCode::year_query_missing, {}});
    if (text->size() != 4 || text->find_first_not_of("0123456789") != std::string::npos)
        throw ValidationError("year", Message{MessageCode::year_unreadable, {*text}});
    return std::stoi(*text);
}

Response statement_xlsx(RequestContext& ctx) {
    const Id family = ctx.id_param("id");
    const int year = year_param(ctx);
    const Date today = app::today_in_copenhagen();
    auto statement = app::annual_statement(ctx.sql, family, year, today);
    app::add_decision(statement, app::load_letter_settings(ctx.settings.config_dir), today);
    return xlsx_response(app::statement_file_name(family, year), reports::workbook_bytes([&](const std::string& path) {
                             reports::write_annual_statement(path, statement);
                         }));
}

} // namespace

void add_statement_routes(Router& router, const Settings&) {
    router.add(Method::get, "/api/v1/families/{id}/statement.xlsx", access::everyone, scope::family("id"),
               statement_xlsx);
}

} // namespace hjt::http
