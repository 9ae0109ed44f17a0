// The auditor's export over the API; the sheets come from
// app/audit_export_service, so the API and `hjt audit export` give the same books.
//
//   GET /api/v1/audit-export?year=YYYY[&format=csv]   auditor, finance, admin
//       xlsx: the workbook; csv: a zip of one CSV file per sheet (UTF-8 with BOM, ';')
// A read: it changes nothing and is open to the auditor. Caseworkers and
// families get 403 (the export spans every family).
#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <sstream>

#include "app/audit_export_service.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/query_values.h"
#include "http/xlsx_response.h"
#include "reports/audit_export_csv.h"
#include "reports/audit_export_xlsx.h"
#include "reports/workbook_bytes.h"

namespace hjt::http {
namespace {

std::string zip_of(const std::vector<reports::Sheet>& sheets) {
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    for (const auto& sheet : sheets) {
        std::istringstream csv(reports::sheet_csv(sheet));
        zip.addFile(csv, Poco::DateTime(), Poco::Path(sheet.csv_name + ".csv"));
    }
    zip.close();
    return out.str();
}

Response audit_export(RequestContext& ctx) {
    const int year = year_query(ctx);
    const auto format = app::audit_export_format(ctx.query_param("format"));
    const auto sheets = reports::audit_export_sheets(app::gather_audit_export(ctx.sql, year, ctx.actor()));
    const std::string name = "revision-" + std::to_string(year);
    if (format == app::AuditExportFormat::csv) return Response::file("application/zip", name + "-csv.zip", zip_of(sheets));
    return xlsx_response(name + ".xlsx", reports::workbook_bytes([&](const std::string& path) {
                             reports::write_audit_export_xlsx(path, sheets);
                         }));
}

} // namespace

void add_audit_routes(Router& router, const Settings&) {
    router.add(Method::get, "/api/v1/audit-export", access::allowed_roles(access::Operation::read_books), no_scope,
               audit_export);
}

} // namespace hjt::http
