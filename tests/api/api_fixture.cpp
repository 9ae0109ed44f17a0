#include "api_fixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "app/account_verification.h"
#include "app/rate_service.h"
#include "app/register_service.h"
#include "http/api_routes.h"
#include "store/sql_dialect.h"
#include "test_actor.h"
#include "test_users.h"

namespace hjt::test {
namespace {

Poco::JSON::Object::Ptr parse_object(const std::string& body) {
    try {
        auto parsed = Poco::JSON::Parser().parse(body);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr)) return parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
    }
    return nullptr;
}

Date day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }

} // namespace

std::string valid_cvr(int n) {
    static const int weights[] = {2, 7, 6, 5, 4, 3, 2, 1};
    for (int candidate = 10000000;; ++candidate) {
        std::string cvr = std::to_string(candidate);
        int sum = 0;
        for (int i = 0; i < 8; ++i) sum += (cvr[i] - '0') * weights[i];
        if (sum % 11 == 0 && n-- == 0) return cvr;
    }
}

std::string ApiResult::text(const std::string& key) const {
    return json && json->has(key) && !json->isNull(key) ? json->getValue<std::string>(key) : "";
}

long long ApiResult::number(const std::string& key) const {
    return json && json->has(key) && !json->isNull(key) ? json->getValue<Poco::Int64>(key) : 0;
}

std::string ApiResult::error_field() const { return text("field"); }

std::size_t ApiResult::item_count() const {
    if (!json || !json->has("items")) return 0;
    return json->getArray("items")->size();
}

ApiResult ApiClient::request(const std::string& method, const std::string& path, const std::string& body,
                             const std::string& token) const {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty()) request.set("Authorization", "Bearer " + token);
    if (method != "GET") {
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    ApiResult result;
    result.status = response.getStatus();
    Poco::StreamCopier::copyToString(in, result.body);
    for (const auto& [name, value] : response) result.headers[name] = value;
    result.json = parse_object(result.body);
    return result;
}

ApiResult ApiClient::raw(const std::string& request_bytes) const {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port_)));
    socket.setReceiveTimeout(Poco::Timespan(30, 0));
    socket.sendBytes(request_bytes.data(), static_cast<int>(request_bytes.size()));
    socket.shutdownSend();
    std::string answer;
    char buffer[4096];
    for (int n; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;) answer.append(buffer, static_cast<std::size_t>(n));
    ApiResult result;
    if (answer.size() >= 12) result.status = std::stoi(answer.substr(9, 3));
    auto end_of_head = answer.find("\r\n\r\n");
    if (end_of_head != std::string::npos) result.body = answer.substr(end_of_head + 4);
    result.json = parse_object(result.body);
    return result;
}

std::string ApiClient::login(const std::string& username, const std::string& password) const {
    auto result = post("/api/v1/login", R"({"username": ")" + username + R"(", "password": ")" + password + R"("})", "");
    INFO(result.body);
    REQUIRE(result.status == 200);
    return result.text("token");
}

ApiServer::ApiServer(const std::string& name, int max_body_bytes)
    : ApiServer(name, [max_body_bytes](Settings& s) { s.max_body_bytes = max_body_bytes; }) {}

ApiServer::ApiServer(const std::string& name, const std::function<void(Settings&)>& adjust,
                     std::shared_ptr<app::PasswordHashing> hashing)
    : scratch_("api_" + name) {
    settings_.database = scratch_.connection();
    settings_.config_dir = "config";
    settings_.port = 0;
    settings_.max_body_bytes = 4096;
    adjust(settings_);
    db_ = std::make_unique<store::Database>(settings_.database);
    seed();
    server_ = std::make_unique<http::Server>(settings_, http::api_routes(settings_), "127.0.0.1", std::move(hashing));
    server_->start();
    client_ = std::make_unique<ApiClient>(server_->port());
}

long long ApiServer::user_audits(const std::string& action) {
    long long n = 0;
    db_->session() << "SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND action = :a", soci::into(n),
        soci::use(action);
    return n;
}

ApiServer::~ApiServer() {
    client_.reset();
    server_.reset();
    db_.reset();
}

void ApiServer::seed() {
    db_->in_transaction([&](soci::session& sql) {
        const app::User actor = test::admin_actor("test-setup");
        auto family = [&](const std::string& name, int n) {
            Family f;
            f.name = name;
            f.cvr = valid_cvr(n);
            f.bank = BankAccount{"1234", "00123456" + std::to_string(n)};
            f.contact_email = "familie" + std::to_string(n) + "@example.dk";
            Id id = app::create_family(sql, actor, f).id;
            // Accounts of the world are verified (four eyes: another user, a finance one).
            app::confirm_family_account(sql, test::finance_actor("test-setup-finance"), id);
            return id;
        };
        auto child = [&](Id family_id, const std::string& cpr, Date birth) {
            return app::create_child(sql, actor, Child{0, family_id, "Barn " + cpr.substr(0, 4), cpr, birth}).id;
        };
        auto helper = [&](Id family_id, const std::string& cpr) {
            Helper h;
            h.family_id = family_id;
            h.name = "Hjælper " + cpr.substr(0, 4);
            h.cpr = cpr;
            h.employment = {day(2025, 1, 1), std::nullopt};
            h.hourly_wage = Money::ore(13000);
            h.tax_card = {Rate::basis_points(3800), Money::ore(500000)};
            return app::create_helper(sql, actor, h).id;
        };
        auto grant = [&](Id child_id) {
            Grant g;
            g.child_id = child_id;
            g.decision_ref = "SAG-" + std::to_string(child_id);
            g.decision_date = day(2024, 12, 15);
            g.valid = {day(2025, 1, 1), day(2026, 12, 31)};
            GrantVersion v;
            v.effective_from = day(2025, 1, 1);
            v.weekly_hours = Hours::whole(20);
            v.hourly_wage = Money::ore(13000);
            g.versions.push_back(v);
            return app::create_grant(sql, actor, g);
        };
        auto expense = [&](Id family_id, Id child_id) {
            Expense e;
            e.family_id = family_id;
            e.child_id = child_id;
            e.date = day(2025, 3, 1);
            e.category = "kursus";
            e.amount = Money::ore(150000);
            e.document_ref = "BILAG-1";
            return app::create_expense(sql, actor, e).id;
        };
        auto award = [&](Id child_id) {
            LostEarningsAward a;
            a.child_id = child_id;
            a.parent_name = "Forælder";
            a.parent_cpr = "1010801234";
            a.period = {day(2025, 1, 1), day(2025, 12, 31)};
            a.monthly_income_before = Money::ore(3500000);
            a.hours_off_per_week = Hours::hundredths(1850);
            a.normal_weekly_hours = Hours::whole(37);
            a.purpose = AwardPurpose::home_training;
            a.tax_card = {Rate::basis_points(3700), Money::ore(400000)};
            return app::create_award(sql, actor, a).id;
        };

        world_.family_a = family("Familie A", 0);
        world_.family_b = family("Familie B", 1);
        world_.child_a = child(world_.family_a, "0101154001", day(2015, 1, 1));
        world_.child_b = child(world_.family_b, "0202164002", day(2016, 2, 2));
        world_.helper_a = helper(world_.family_a, "0505901001");
        world_.helper_b = helper(world_.family_b, "0606911002");
        Grant ga = grant(world_.child_a), gb = grant(world_.child_b);
        world_.grant_a = ga.id;
        world_.grant_b = gb.id;
        world_.version_a = ga.versions.front().id;
        world_.version_b = gb.versions.front().id;
        world_.expense_a = expense(world_.family_a, world_.child_a);
        world_.expense_b = expense(world_.family_b, world_.child_b);
        world_.award_a = award(world_.child_a);
        world_.award_b = award(world_.child_b);

    });
}

std::string ApiServer::login(const std::string& username) {
    using app::Role;
    const std::map<std::string, std::pair<Role, std::optional<Id>>> roles = {
        {Users::finance, {Role::finance, std::nullopt}},   {Users::caseworker, {Role::caseworker, std::nullopt}},
        {Users::auditor, {Role::auditor, std::nullopt}},   {Users::admin, {Role::admin, std::nullopt}},
        {Users::family_a, {Role::family, world_.family_a}}, {Users::family_b, {Role::family, world_.family_b}},
    };
    if (users_.insert(username).second) {
        const auto& [role, family] = roles.at(username);
        // One quick hash of the one test password for every user of the process.
        static const std::string quick_hash = app::hash_password(kPassword, kQuickTestCost);
        db_->in_transaction([&](soci::session& sql) {
            insert_test_user(sql, app::User{0, username, role, family}, quick_hash);
        });
    }
    return client_->login(username);
}

void ApiServer::seed_rates_and_policy() {
    db_->in_transaction([&](soci::session& sql) { app::seed_rates_and_policy(sql, "test-setup", settings_.config_dir); });
}

std::map<std::string, long long> ApiServer::row_counts(bool with_sessions) {
    std::map<std::string, long long> counts;
    for (const auto& table : store::table_names(db_->session())) {
        if (table == "sessions" && !with_sessions) continue;
        long long n = 0;
        // Table names come from the database's catalogue, not from input.
        db_->session() << "SELECT COUNT(*) FROM " + table, soci::into(n);
        counts[table] = n;
    }
    return counts;
}

} // namespace hjt::test
