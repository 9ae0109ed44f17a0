// The API under load, on SQLite and then on PostgreSQL (each_backend.h): 50
// clients, each on its own keep-alive connection, sending requests back to back.
//   baseline    GET /healthz (no token, no database), one server, 5 s;
//   one server  GET /api/v1/families (token lookup, role check, a read
//               transaction), 15 s;
//   two servers the same database behind two servers, as two `hjt serve`
//               processes would be (each its own connection pool and writer
//               lock: only the database is shared); the clients alternate
//               between them and every tenth request is a PUT of a family's
//               phone number, an audited write, 15 s.
// Prints requests per second, median and p99 latency and every error (a status
// other than 200, or a broken connection), which should be none; then the
// audit chain, which the writes through both servers must leave unbroken.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <thread>

#include "app/auth.h"
#include "domain/validation.h"
#include "bench.h"
#include "each_backend.h"
#include "http/api_routes.h"
#include "http/server.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "test_actor.h"

namespace {

using namespace hjt;
using Clock = std::chrono::steady_clock;

constexpr int kClients = 50;

struct LoadResult {
    double seconds = 0;
    std::vector<double> latencies_ms;  // of the answered requests
    long long errors = 0;
    std::string first_error;  // status and body of the first refused request, or the exception

    double per_second() const { return latencies_ms.size() / seconds; }
    double percentile(double p) {
        if (latencies_ms.empty()) return 0;
        auto at = latencies_ms.begin() + static_cast<long>(p * (latencies_ms.size() - 1));
        std::nth_element(latencies_ms.begin(), at, latencies_ms.end());
        return *at;
    }
};

// Status and body of one request on `session` (kept alive between requests).
std::pair<int, std::string> send(Poco::Net::HTTPClientSession& session, const std::string& method,
                                 const std::string& path, const std::string& token, const std::string& body = "") {
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty()) request.set("Authorization", "Bearer " + token);
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string text;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), text);
    return {response.getStatus(), text};
}

// Every tenth request of a client a write, when `writes` names families to change.
struct Workload {
    std::string read_path;
    std::vector<Id> writes;
};

std::pair<int, std::string> next_request(Poco::Net::HTTPClientSession& session, const Workload& work,
                                         const std::string& token, long long n) {
    if (work.writes.empty() || n % 10 != 9) return send(session, "GET", work.read_path, token);
    const Id family = work.writes[static_cast<std::size_t>(n / 10) % work.writes.size()];
    return send(session, "PUT", "/api/v1/families/" + std::to_string(family), token,
                R"({"contact_phone": "+45 70 00 )" + std::to_string(10 + n % 90) + R"("})");
}

// Client c talks to ports[c % ports.size()].
LoadResult load(const std::vector<int>& ports, const Workload& work, const std::string& token,
                std::chrono::seconds duration) {
    LoadResult result;
    std::mutex merge;
    const auto end = Clock::now() + duration;
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c)
        clients.emplace_back([&, c] {
            Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(ports[c % ports.size()]));
            std::vector<double> mine;
            long long errors = 0;
            std::string first_error;
            for (long long n = 0; Clock::now() < end; ++n) {
                const auto start = Clock::now();
                try {
                    auto [status, body] = next_request(session, work, token, n);
                    if (status != 200 && errors++ == 0) first_error = std::to_string(status) + " " + body;
                    mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
                } catch (const Poco::Exception& e) {
                    if (errors++ == 0) first_error = e.displayText();
                    session.reset();
                }
            }
            std::lock_guard lock(merge);
            result.latencies_ms.insert(result.latencies_ms.end(), mine.begin(), mine.end());
            result.errors += errors;
            if (result.first_error.empty()) result.first_error = first_error;
        });
    const auto started = Clock::now();
    for (auto& t : clients) t.join();
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

void report(const char* name, LoadResult& r) {
    std::printf("  %-34s %8.0f requests/s   p50 %6.2f ms   p99 %6.2f ms   errors %lld\n", name, r.per_second(),
                r.percentile(0.50), r.percentile(0.99), r.errors);
    if (r.errors) std::printf("    first error: %s\n", r.first_error.c_str());
}

// The bench user's token, or "" (said) when the login fails.
std::string login(int port) {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    auto [status, body] = send(session, "POST", "/api/v1/login", "", R"({"username": "bench", "password": "bench password 1"})");
    const std::string key = "\"token\":\"";
    const auto at = body.find(key);
    if (status != 200 || at == std::string::npos) {
        std::printf("  login failed (%d): %s\n", status, body.c_str());
        return "";
    }
    return body.substr(at + key.size(), body.find('"', at + key.size()) - at - key.size());
}

// Twenty families with CVR numbers that pass the modulus-11 check, so a PUT
// of the whole family (the service checks every field) is accepted.
std::vector<Id> insert_families(soci::session& sql) {
    std::vector<Id> families;
    for (int candidate = 10000000; families.size() < 20; ++candidate)
        if (!cvr_error(std::to_string(candidate)))
            families.push_back(store::insert_family(sql, testing::sample_family(std::to_string(candidate))));
    return families;
}

bench::Timing load_on(store::Database& db, const std::filesystem::path&) {
    std::vector<Id> families;
    db.in_transaction([&](soci::session& sql) {
        families = insert_families(sql);
        app::create_user(sql, test::admin_actor("bench"), "bench", "bench password 1", app::Role::caseworker, std::nullopt);
    });
    Settings settings;
    settings.database = db.connection();
    settings.port = 0;
    http::Server first(settings, http::api_routes(settings));
    first.start();
    const std::string token = login(first.port());
    if (token.empty()) return {};
    const std::chrono::seconds measured(15);

    std::printf("  %d clients on loopback, keep-alive\n", kClients);
    LoadResult health = load({first.port()}, {"/healthz", {}}, "", std::chrono::seconds(5));
    report("GET /healthz (baseline, 5 s)", health);
    LoadResult one = load({first.port()}, {"/api/v1/families", {}}, token, measured);
    report("one server: GET /families (15 s)", one);

    http::Server second(settings, http::api_routes(settings));
    second.start();
    const auto cpu_start = std::clock();
    LoadResult two = load({first.port(), second.port()}, {"/api/v1/families", families}, token, measured);
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    report("two servers: 9 GETs, 1 PUT (15 s)", two);
    std::printf("  one server / baseline: %.2fx the requests/s, %.2fx the p99\n", one.per_second() / health.per_second(),
                one.percentile(0.99) / std::max(health.percentile(0.99), 1e-9));
    std::printf("  two servers / one: %.2fx the requests/s, %.2fx the p99\n", two.per_second() / one.per_second(),
                two.percentile(0.99) / std::max(one.percentile(0.99), 1e-9));
    second.stop();
    first.stop();
    const auto chain = store::verify_audit_chain(db.session());
    std::printf("  audit chain after the writes through both servers: %lld entries, %s\n", chain.entries,
                chain.ok ? "unbroken" : ("broken: " + chain.reason).c_str());
    // Compared across backends: the mean time of a request with two servers, and the processor time
    // of this process (clients and both servers; a PostgreSQL server's own time is not in it).
    return {two.seconds / std::max<double>(1, static_cast<double>(two.latencies_ms.size()) / kClients), cpu};
}

void api_load() { bench::on_each_backend("load", "two servers, mean request time", load_on); }

hjt::bench::Register registered("api load", api_load);

} // namespace
