// The access matrix: every endpoint x every role x own/other family, with the
// exact status expected. A new endpoint must get a row here (the last test
// case fails until it has one).
#include <catch2/catch.hpp>

#include <array>
#include <functional>
#include <set>

#include "api_fixture.h"
#include "http/api_routes.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// Columns of the table.
enum Column { finance, caseworker, family_own, family_other, auditor, admin, kColumns };

struct Endpoint {
    std::string method;
    std::string pattern;  // the route's pattern, with {f} {c} {h} {g} {v} {e} filled from one family's data
    std::function<std::string(int n)> body;  // n: unique per request, so repeated creations stay valid
    std::array<int, kColumns> expected;
};

std::string none(int) { return ""; }
std::string n_days_after_2025_01_01(int n) {
    return hjt::iso(date::year_month_day{date::sys_days{date::year{2025} / 1 / 1} + date::days{n}});
}

std::vector<Endpoint> endpoints() {
    auto grant = [](int) {
        return std::string(R"({"decision_ref": "S-9", "decision_date": "2025-12-01", "valid_from": "2026-01-01",
                   "versions": [{"effective_from": "2026-01-01", "weekly_hours": 1000, "hourly_wage": 13000}]})");
    };
    auto helper = [](int) {
        return std::string(R"({"name": "H", "cpr": "0303921234", "employment_from": "2026-01-01", "hourly_wage": 13500,
                   "tax_card": {"withholding": 3700, "monthly_deduction": 0}})");
    };
    // Each accepted award gets a month of its own: awards for one parent and child may not overlap.
    auto award = [](int n) {
        std::string month = (n % 12 < 9 ? "0" : "") + std::to_string(n % 12 + 1);
        return R"({"parent_name": "P", "parent_cpr": "2002851234", "period_from": "2026-)" + month +
               R"(-01", "period_to": "2026-)" + month + R"(-10",
                   "monthly_income_before": 3000000, "hours_off_per_week": 1000, "normal_weekly_hours": 3700,
                   "purpose": "hjemmetraening",
                   "tax_card": {"withholding": 3700, "monthly_deduction": 0}})";
    };
    // {c} in a body is filled like in the path: the child of the family under test.
    auto expense = [](int) {
        return std::string(R"({"child_id": {c}, "date": "2026-01-05", "category": "kursus", "amount": 500, "document_ref": "BILAG-9"})");
    };
    const std::string v1 = "/api/v1";
    // clang-format off
    //  method  path                                  body                                                     fin  case  own  other aud  admin
    return {
        {"GET",  v1 + "/families",                    none,                                                   {200, 200, 200, 200, 200, 200}},
        {"POST", v1 + "/families",                    [](int n) { return R"({"name": "F", "cvr": ")" + valid_cvr(100 + n) + R"("})"; },
                                                                                                              {403, 201, 403, 403, 403, 201}},
        {"GET",  v1 + "/families/{f}",                none,                                                   {200, 200, 200, 404, 200, 200}},
        {"PUT",  v1 + "/families/{f}",                [](int n) { return R"({"contact_phone": ")" + std::to_string(n) + R"("})"; },
                                                                                                              {403, 200, 403, 403, 403, 200}},
        // The world's accounts are confirmed: finance reaches the service and gets 409 (nothing to confirm).
        {"POST", v1 + "/families/{f}/account/confirm", none,                                                  {409, 403, 403, 403, 403, 403}},
        {"GET",  v1 + "/families/{f}/children",       none,                                                   {200, 200, 200, 404, 200, 200}},
        {"POST", v1 + "/families/{f}/children",       [](int) { return std::string(R"({"name": "B", "cpr": "120318-4123"})"); },
                                                                                                              {403, 201, 403, 403, 403, 201}},
        {"GET",  v1 + "/children/{c}",                none,                                                   {200, 200, 200, 404, 200, 200}},
        {"PUT",  v1 + "/children/{c}",                [](int n) { return R"({"name": "B)" + std::to_string(n) + R"("})"; },
                                                                                                              {403, 200, 403, 403, 403, 200}},
        {"GET",  v1 + "/families/{f}/helpers",        none,                                                   {200, 200, 200, 404, 200, 200}},
        {"POST", v1 + "/families/{f}/helpers",        helper,                                                 {403, 201, 201, 404, 403, 201}},
        {"GET",  v1 + "/helpers/{h}",                 none,                                                   {200, 200, 200, 404, 200, 200}},
        {"PUT",  v1 + "/helpers/{h}",                 [](int n) { return R"({"hourly_wage": )" + std::to_string(13000 + n) + "}"; },
                                                                                                              {403, 200, 200, 404, 403, 200}},
        {"GET",  v1 + "/children/{c}/grants",         none,                                                   {200, 200, 200, 404, 200, 200}},
        {"POST", v1 + "/children/{c}/grants",         grant,                                                  {403, 201, 403, 403, 403, 201}},
        {"GET",  v1 + "/grants/{g}",                  none,                                                   {200, 200, 200, 404, 200, 200}},
        {"GET",  v1 + "/grants/{g}/versions",         none,                                                   {200, 200, 200, 404, 200, 200}},
        {"POST", v1 + "/grants/{g}/versions",         [](int n) { return R"({"effective_from": ")" + n_days_after_2025_01_01(n) +
                                                                     R"(", "weekly_hours": 1000, "hourly_wage": 13000})"; },
                                                                                                              {403, 201, 403, 403, 403, 201}},
        {"GET",  v1 + "/grants/{g}/versions/{v}",     none,                                                   {200, 200, 200, 404, 200, 200}},
        {"GET",  v1 + "/families/{f}/expenses",       none,                                                   {200, 200, 200, 404, 200, 200}},
        {"POST", v1 + "/families/{f}/expenses",       expense,                                                {403, 201, 201, 404, 403, 201}},
        {"GET",  v1 + "/expenses/{e}",                none,                                                   {200, 200, 200, 404, 200, 200}},
        // The fixture's expense has no receipt: 404 for everyone (another family's: 404 by scope).
        {"GET",  v1 + "/expenses/{e}/receipt",        none,                                                   {404, 404, 404, 404, 404, 404}},
        {"POST", v1 + "/expenses/{e}/decision",       [](int) { return std::string(R"({"status": "approved"})"); },
                                                                                                              {200, 200, 403, 403, 403, 403}},
        // Every award a user may read: a family's own only (the list is confined, never refused).
        {"GET",  v1 + "/lost-earnings",               none,                                                   {200, 200, 200, 200, 200, 200}},
        {"GET",  v1 + "/children/{c}/lost-earnings",  none,                                                   {200, 200, 200, 404, 200, 200}},
        {"POST", v1 + "/children/{c}/lost-earnings",  award,                                                  {403, 201, 403, 403, 403, 201}},
        // {a} names no award: a caseworker reaches the handler and gets 404.
        {"PUT",  v1 + "/children/{c}/lost-earnings/{a}/accounts", [](int) { return std::string("{}"); },  {403, 404, 403, 403, 403, 404}},
        {"PUT",  v1 + "/children/{c}/lost-earnings/{a}/terms",    [](int) { return std::string("{}"); },  {403, 404, 403, 403, 403, 404}},
        {"POST", v1 + "/children/{c}/lost-earnings/{a}/accounts/confirm", none,                               {404, 403, 403, 403, 403, 403}},
        // Payout runs: {r} names no run (the world has none), so finance reaches the handler and gets 404.
        {"GET",  v1 + "/payout-runs",                 none,                                                   {200, 200, 403, 403, 200, 200}},
        {"POST", v1 + "/payout-runs",                 [](int) { return std::string(R"({"month": "2026-13"})"); },
                                                                                                              {400, 403, 403, 403, 403, 403}},
        {"GET",  v1 + "/payout-runs/{r}",             none,                                                   {404, 404, 403, 403, 404, 404}},
        {"POST", v1 + "/payout-runs/{r}/approve",     none,                                                   {404, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/payout-runs/{r}/mark-paid",   none,                                                   {404, 403, 403, 403, 403, 403}},
        {"GET",  v1 + "/payout-runs/{r}/sheet",       none,                                                   {404, 404, 403, 403, 404, 404}},
        {"POST", v1 + "/payout-runs/{r}/bank-file",   none,                                                   {404, 403, 403, 403, 403, 403}},
        {"GET",  v1 + "/families/{f}/ledger",         none,                                                   {200, 200, 200, 404, 200, 200}},
        // Shifts and payslips: bodies and queries that fail validation, so the table is about access alone.
        {"GET",  v1 + "/helpers/{h}/shifts",          none,                                                   {400, 400, 400, 404, 400, 400}},
        {"POST", v1 + "/helpers/{h}/shifts",          [](int) { return std::string(R"({"date": "31-02-2026", "start": "09:00", "end": "12:00"})"); },
                                                                                                              {403, 400, 400, 404, 403, 400}},
        {"POST", v1 + "/families/{f}/shift-imports",  [](int) { return std::string(R"({"csv": "no header"})"); },
                                                                                                              {403, 400, 400, 404, 403, 400}},
        {"GET",  v1 + "/helpers/{h}/timesheet.xlsx",  none,                                                   {200, 200, 200, 404, 200, 200}},
        {"GET",  v1 + "/families/{f}/timesheet.csv",  none,                                                   {200, 200, 200, 404, 200, 200}},
        {"GET",  v1 + "/helpers/{h}/payslip",         none,                                                   {400, 400, 400, 404, 400, 400}},
        {"GET",  v1 + "/helpers/{h}/payslip.xlsx",    none,                                                   {400, 400, 400, 404, 400, 400}},
        {"GET",  v1 + "/families/{f}/payslips",       none,                                                   {400, 400, 400, 404, 400, 400}},
        // Tax cards (issue 23): a bad kind, so a permitted writer gets 400 and nothing is stored.
        {"GET",  v1 + "/helpers/{h}/tax-cards",       none,                                                   {200, 200, 200, 404, 200, 200}},
        {"POST", v1 + "/helpers/{h}/tax-cards",       [](int) { return std::string(R"({"kind": "hoved", "valid_from": "2026-01-01", "withholding": 3800})"); },
                                                                                                              {403, 400, 400, 404, 403, 400}},
        // The payroll year: without ?year= a 400 for those who may see it, 404 for another family.
        {"GET",  v1 + "/families/{f}/payroll-year",   none,                                                   {400, 400, 400, 404, 400, 400}},
        {"GET",  v1 + "/families/{f}/payroll-year.xlsx", none,                                                {400, 400, 400, 404, 400, 400}},
        // The annual statement: without ?year= a 400 for those who may see it, 404 for another family.
        {"GET",  v1 + "/families/{f}/statement.xlsx", none,                                                   {400, 400, 400, 404, 400, 400}},
        // The same documents as PDF letters (letter_routes.cpp): the same access as their xlsx versions.
        {"GET",  v1 + "/families/{f}/statement.pdf",  none,                                                   {400, 400, 400, 404, 400, 400}},
        {"GET",  v1 + "/helpers/{h}/payslip.pdf",     none,                                                   {400, 400, 400, 404, 400, 400}},
        {"GET",  v1 + "/children/{c}/lost-earnings/{a}/decision.pdf", none,                                   {400, 400, 400, 404, 400, 400}},
        // Web pages: the shift preview (a bad date again), editing shifts ({r} names no shift), a year's rates
        // (2099: a year in range with no rate table; one out of range is a 400, bad_input_api_test).
        {"POST", v1 + "/helpers/{h}/shift-preview",   [](int) { return std::string(R"({"date": "31-02-2026", "start": "09:00", "end": "12:00"})"); },
                                                                                                              {403, 400, 400, 404, 403, 400}},
        {"PUT",  v1 + "/shifts/{r}",                  [](int) { return std::string(R"({"date": "2026-02-02", "start": "09:00", "end": "12:00"})"); },
                                                                                                              {403, 404, 404, 404, 403, 404}},
        {"DELETE", v1 + "/shifts/{r}",                none,                                                   {403, 404, 404, 404, 403, 404}},
        {"GET",  v1 + "/rates/{r}",                   none,                                                   {404, 404, 403, 403, 404, 404}},
        {"PUT",  v1 + "/rates/{r}",                   [](int) { return std::string(R"({"name": "home_training_cap", "value": 1, "source": "s"})"); },
                                                                                                              {404, 403, 403, 403, 403, 403}},
        // Opening a year copies the year before: 2098 has none, so finance reaches the service's 404.
        {"POST", v1 + "/rates/{r}",                   none,                                                   {404, 403, 403, 403, 403, 403}},
        // The policy: a day that does not exist is a 400 for staff; a change without its value a 400 for finance.
        {"GET",  v1 + "/policy?on=31-02-2026",        none,                                                   {400, 400, 403, 403, 400, 400}},
        {"POST", v1 + "/policy",                      [](int) { return std::string(R"({"name": "window.end"})"); },
                                                                                                              {400, 403, 403, 403, 403, 403}},
        // The annual reconciliation: no ?year= or a year out of range, so the table is about access alone.
        {"GET",  v1 + "/families/{f}/reconciliation", none,                                                   {400, 400, 400, 404, 400, 400}},
        {"GET",  v1 + "/families/{f}/budget",         none,                                                   {400, 400, 400, 404, 400, 400}},
        {"POST", v1 + "/reconciliations",             [](int) { return std::string(R"({"year": 1999})"); },  {400, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/reconciliations/final",       [](int) { return std::string(R"({"year": 1999})"); },  {400, 403, 403, 403, 403, 403}},
        // The auditor's export: no ?year=, so a 400 for those who may read the books.
        {"GET",  v1 + "/audit-export",                none,                                                   {400, 403, 403, 403, 400, 400}},
        // Personal data: the log of full CPR numbers shown, a family's subject-access export.
        {"GET",  v1 + "/cpr-log",                     none,                                                   {403, 403, 403, 403, 200, 200}},
        {"GET",  v1 + "/families/{f}/subject-access", none,                                                   {403, 403, 200, 404, 403, 200}},
        // The month's eIndkomst files: {m} is not a month, so finance reaches the handler and gets 400.
        {"POST", v1 + "/eindkomst/{m}",               none,                                                   {400, 403, 403, 403, 403, 403}},
        // Repayment claims: {r} and {w} name no claim or write-off, so who may act gets 404; bad
        // dates and files a 400 (a batch that finds nothing to do stores nothing).
        {"GET",  v1 + "/claims",                      none,                                                   {200, 200, 200, 200, 200, 200}},
        {"GET",  v1 + "/claims/{r}",                  none,                                                   {404, 404, 404, 404, 404, 404}},
        {"GET",  v1 + "/claims/{r}/letter.pdf",       none,                                                   {404, 404, 404, 404, 404, 404}},
        {"GET",  v1 + "/claims/{r}/reminders/{n}/letter.pdf", none,                                           {404, 404, 404, 404, 404, 404}},
        {"POST", v1 + "/claims/{r}/plan",             [](int) { return std::string(R"({"amount_per_month": 100, "first": "2026-01-01"})"); },
                                                                                                              {404, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/claims/{r}/assign",           [](int) { return std::string(R"({"receipt_id": 1})"); }, {404, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/claims/{r}/write-offs",       [](int) { return std::string(R"({"amount": 100, "reason": "x"})"); },
                                                                                                              {404, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/claims/{r}/write-offs/{w}/approve", none,                                             {404, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/claims/reminders",            [](int) { return std::string(R"({"date": "x"})"); },   {400, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/claims/handover",             [](int) { return std::string(R"({"date": "x"})"); },   {400, 403, 403, 403, 403, 403}},
        {"GET",  v1 + "/receipts",                    none,                                                   {200, 403, 403, 403, 403, 403}},
        {"POST", v1 + "/receipts/camt",               [](int) { return std::string(R"({"xml": "<x/>"})"); }, {400, 403, 403, 403, 403, 403}},
        // An admin's hold on users: {u} names no user, so an admin reaches the service and gets 404.
        {"POST", v1 + "/users/{u}/disable",           none,                                                   {403, 403, 403, 403, 403, 404}},
        {"POST", v1 + "/users/{u}/enable",            none,                                                   {403, 403, 403, 403, 403, 404}},
        {"DELETE", v1 + "/users/{u}/sessions",        none,                                                   {403, 403, 403, 403, 403, 404}},
        {"POST", v1 + "/users/{u}/unlock",            none,                                                   {403, 403, 403, 403, 403, 404}},
    };
    // clang-format on
}

// The ids of family A's or family B's data, in place of {f} {c} {h} {g} {v} {e};
// {u} is a username no user has, {m} a month that does not exist, {n} a reminder's number.
std::string fill(std::string text, const World& w, bool family_a) {
    for (auto at = text.find("{u}"); at != std::string::npos; at = text.find("{u}")) text.replace(at, 3, "nobody");
    for (auto at = text.find("{m}"); at != std::string::npos; at = text.find("{m}")) text.replace(at, 3, "2026-13");
    const std::pair<const char*, Id> ids[] = {
        {"{f}", family_a ? w.family_a : w.family_b},   {"{c}", family_a ? w.child_a : w.child_b},
        {"{h}", family_a ? w.helper_a : w.helper_b},   {"{g}", family_a ? w.grant_a : w.grant_b},
        {"{v}", family_a ? w.version_a : w.version_b}, {"{e}", family_a ? w.expense_a : w.expense_b},
        {"{r}", 2099}, {"{a}", 999999}, {"{w}", 999999}, {"{n}", 1},
    };
    for (const auto& [name, id] : ids)
        for (auto at = text.find(name); at != std::string::npos; at = text.find(name))
            text.replace(at, 3, std::to_string(id));
    return text;
}

// The route pattern an endpoint of the table stands for ("{f}" -> "{id}", ...).
std::string route_pattern(const std::string& table_pattern) {
    std::string p = table_pattern.substr(0, table_pattern.find('?'));  // a query is not part of the route
    bool first = true;
    for (std::size_t at = p.find('{'); at != std::string::npos; at = p.find('{', at + 1)) {
        p.replace(at, 3, p.compare(at, 3, "{u}") == 0   ? "{username}"
                         : p.compare(at, 3, "{m}") == 0 ? "{month}"
                         : first                        ? "{id}"
                         : p.compare(at, 3, "{a}") == 0 ? "{award_id}"
                         : p.compare(at, 3, "{w}") == 0 ? "{wid}"
                         : p.compare(at, 3, "{n}") == 0 ? "{n}"
                                                        : "{version_id}");
        first = false;
    }
    return p;
}

// A GET that logs what it shows (a full CPR number, app/cpr_display.h) stores its log rows.
bool logs_reads(const Endpoint& e) {
    static const http::Router router = http::api_routes(Settings{});
    for (const auto& r : router.routes())
        if (r.logs_reads && http::to_string(r.method) == e.method && r.pattern == route_pattern(e.pattern)) return true;
    return false;
}

struct Caller {
    Column column;
    const char* username;
    bool family_a_data;
};

} // namespace

TEST_CASE("every endpoint x every role x own/other family answers exactly as the access table says",
          "[api][access]") {
    ApiServer server("access_matrix");
    const auto& api = server.client();
    const auto& w = server.world();
    // Staff are tried on both families' data; the family user of A on its own and on B's.
    const std::vector<Caller> callers = {
        {finance, Users::finance, true},       {finance, Users::finance, false},
        {caseworker, Users::caseworker, true}, {caseworker, Users::caseworker, false},
        {auditor, Users::auditor, true},       {auditor, Users::auditor, false},
        {admin, Users::admin, true},           {admin, Users::admin, false},
        {family_own, Users::family_a, true},   {family_other, Users::family_a, false},
        {family_own, Users::family_b, false},  {family_other, Users::family_b, true},
    };
    std::map<std::string, std::string> tokens;
    for (const auto& c : callers)
        if (!tokens.count(c.username)) tokens[c.username] = server.login(c.username);

    int n = 0;
    for (const auto& e : endpoints()) {
        for (const auto& c : callers) {
            ++n;
            std::string path = fill(e.pattern, w, c.family_a_data);
            std::string body = fill(e.body(n), w, c.family_a_data);
            int expected = e.expected[c.column];
            auto before = server.row_counts();
            auto r = api.request(e.method, path, body, tokens[c.username]);
            INFO(c.username << " " << e.method << " " << path << " " << body << " -> " << r.body);
            CHECK(r.status == expected);
            bool stored = server.row_counts() != before;
            // Refused requests store nothing; a read stores only the log of what it showed.
            if (logs_reads(e))
                CHECK((!stored || r.status < 300));
            else
                CHECK(stored == (e.method != "GET" && r.status < 300));
        }
        // No token at all: 401 on every endpoint, nothing stored.
        auto before = server.row_counts();
        auto anonymous = api.request(e.method, fill(e.pattern, w, true), fill(e.body(++n), w, true), "");
        INFO(e.method << " " << e.pattern << " without a token -> " << anonymous.body);
        CHECK(anonymous.status == 401);
        CHECK(server.row_counts() == before);
    }
}

TEST_CASE("a family user's lists hold only its own family, and another family's id answers like an unknown id",
          "[api][access]") {
    ApiServer server("family_confined");
    const auto& api = server.client();
    const auto& w = server.world();
    std::string token = server.login(Users::family_a);
    auto families = api.get("/api/v1/families", token);
    REQUIRE(families.item_count() == 1);
    CHECK(families.json->getArray("items")->getObject(0)->getValue<Poco::Int64>("id") == w.family_a);

    auto other = api.get("/api/v1/families/" + std::to_string(w.family_b), token);
    auto unknown = api.get("/api/v1/families/999", token);
    CHECK(other.status == 404);
    CHECK(other.text("error") == "findes ikke: /api/v1/families/" + std::to_string(w.family_b));
    CHECK(unknown.text("error") == "findes ikke: /api/v1/families/999");
    CHECK(api.get("/api/v1/families", server.login(Users::auditor)).item_count() == 2);
}

TEST_CASE("the route table: auditors never change data, only login, health and the municipality's name need no "
          "token, every route has a row",
          "[api][access]") {
    Settings settings;
    auto router = http::api_routes(settings);
    std::set<std::string> in_table;
    for (const auto& e : endpoints()) in_table.insert(e.method + " " + route_pattern(e.pattern));
    const std::set<std::string> session_routes = {"GET /healthz", "GET /api/v1/municipality", "POST /api/v1/login",
                                                  "POST /api/v1/logout"};

    for (const auto& route : router.routes()) {
        std::string name = http::to_string(route.method) + " " + route.pattern;
        INFO(name);
        CHECK((in_table.count(name) == 1 || session_routes.count(name) == 1));
        CHECK(route.needs_token ==
              (name != "GET /healthz" && name != "GET /api/v1/municipality" && name != "POST /api/v1/login"));
        if (http::is_mutating(route.method) && name != "POST /api/v1/logout")
            CHECK_FALSE(route.roles.contains(app::Role::auditor));
    }
}
