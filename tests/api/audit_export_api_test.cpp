// Auditors over the API: they read the books (GET /api/v1/audit-export) and
// can change nothing. The read-only check is derived from the route table, so
// a route added later is covered without touching this file.
#include <catch2/catch.hpp>

#include <Poco/Zip/ZipArchive.h>

#include <regex>
#include <sstream>

#include "api_fixture.h"
#include "http/api_routes.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// "/api/v1/grants/{id}/versions/{version_id}" -> "/api/v1/grants/1/versions/1":
// the role is checked before any id is looked up, so any id will do.
std::string with_ids(const std::string& pattern) { return std::regex_replace(pattern, std::regex("\\{[^}]*\\}"), "1"); }

} // namespace

TEST_CASE("an auditor cannot change anything through the API: every mutating route answers 403", "[api][access][audit]") {
    ApiServer server("auditor_read_only");
    const std::string token = server.login(Users::auditor);
    Settings settings;
    const auto router = http::api_routes(settings);
    int mutating = 0;
    for (const auto& route : router.routes()) {
        // Signing in and out is the auditor's own session, not the books.
        if (!http::is_mutating(route.method) || !route.needs_token || route.pattern == "/api/v1/logout") continue;
        ++mutating;
        const std::string method = http::to_string(route.method), path = with_ids(route.pattern);
        auto before = server.row_counts();
        auto r = server.client().request(method, path, "{}", token);
        INFO(method << " " << path << " -> " << r.body);
        CHECK(r.status == 403);
        CHECK(server.row_counts() == before);
    }
    CHECK(mutating >= 15);  // the table is really there: families, children, grants, runs, shifts, ...
}

TEST_CASE("the audit export over the API: xlsx or a zip of CSV files, for auditor, finance and admin only", "[api][audit]") {
    ApiServer server("audit_export_api");
    const auto& api = server.client();
    const std::string auditor = server.login(Users::auditor);

    auto xlsx = api.get("/api/v1/audit-export?year=2026", auditor);
    CHECK(xlsx.status == 200);
    CHECK(xlsx.body.rfind("PK", 0) == 0);
    CHECK(xlsx.headers["Content-Disposition"].find("revision-2026.xlsx") != std::string::npos);

    auto csv = api.get("/api/v1/audit-export?year=2026&format=csv", auditor);
    REQUIRE(csv.status == 200);
    std::istringstream in(csv.body);
    Poco::Zip::ZipArchive zip(in);
    int files = 0;
    for (auto h = zip.headerBegin(); h != zip.headerEnd(); ++h) ++files;
    CHECK(files == 12);  // nine sheets (with the expenses' receipts, "bilag") and the claims, receipts and set-offs
    CHECK(zip.findHeader("posteringer.csv") != zip.headerEnd());
    CHECK(zip.findHeader("bilag.csv") != zip.headerEnd());

    CHECK(api.get("/api/v1/audit-export?year=2026", server.login(Users::finance)).status == 200);
    CHECK(api.get("/api/v1/audit-export?year=2026", server.login(Users::admin)).status == 200);
    CHECK(api.get("/api/v1/audit-export?year=2026", server.login(Users::caseworker)).status == 403);
    CHECK(api.get("/api/v1/audit-export?year=2026", server.login(Users::family_a)).status == 403);
    auto no_year = api.get("/api/v1/audit-export", auditor);
    CHECK(no_year.status == 400);
    CHECK(no_year.error_field() == "year");
    CHECK(api.get("/api/v1/audit-export?year=2026&format=pdf", auditor).error_field() == "format");
}
