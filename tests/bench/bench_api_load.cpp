// The API under load: the server on loopback with a small register, 50
// clients each on its own keep-alive connection sending requests back to back.
// Baseline: GET /healthz (no token, no database) for 10 s; then the measured
// case: an authenticated GET /api/v1/families (token lookup, role check, a read
// transaction) for 30 s. Prints requests per second, median and p99 latency
// and every error (a status other than 200, or a broken connection), which
// should be none.
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
#include "bench.h"
#include "http/api_routes.h"
#include "http/server.h"
#include "store/database.h"
#include "store/register_repository.h"
#include "store/register_samples.h"

namespace {

using namespace hjt;
using Clock = std::chrono::steady_clock;

constexpr int kClients = 50;

struct LoadResult {
    double seconds = 0;
    std::vector<double> latencies_ms;  // of the answered requests
    long long errors = 0;

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

LoadResult load(int port, const std::string& path, const std::string& token, std::chrono::seconds duration) {
    LoadResult result;
    std::mutex merge;
    const auto end = Clock::now() + duration;
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c)
        clients.emplace_back([&] {
            Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
            std::vector<double> mine;
            long long errors = 0;
            while (Clock::now() < end) {
                const auto start = Clock::now();
                try {
                    if (send(session, "GET", path, token).first != 200) ++errors;
                    mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
                } catch (const Poco::Exception&) {
                    ++errors;
                    session.reset();
                }
            }
            std::lock_guard lock(merge);
            result.latencies_ms.insert(result.latencies_ms.end(), mine.begin(), mine.end());
            result.errors += errors;
        });
    const auto started = Clock::now();
    for (auto& t : clients) t.join();
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

void report(const char* name, LoadResult& r) {
    std::printf("  %-34s %8.0f requests/s   p50 %6.2f ms   p99 %6.2f ms   errors %lld\n", name, r.per_second(),
                r.percentile(0.50), r.percentile(0.99), r.errors);
}

void api_load() {
    const auto path = std::filesystem::temp_directory_path() / ("hjt_bench_load_" + std::to_string(::getpid()) + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    {
        store::Database db(path.string());
        db.in_transaction([](soci::session& sql) {
            for (int f = 0; f < 20; ++f) store::insert_family(sql, testing::sample_family("1000" + std::to_string(1000 + f)));
            app::create_user(sql, "bench", "bench", "bench password 1", app::Role::caseworker, std::nullopt);
        });
    }
    Settings settings;
    settings.database = path.string();
    settings.port = 0;
    http::Server server(settings, http::api_routes(settings));
    server.start();
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(server.port()));
    auto [status, body] = send(session, "POST", "/api/v1/login", "", R"({"username": "bench", "password": "bench password 1"})");
    const std::string key = "\"token\":\"";
    const auto at = body.find(key);
    if (status != 200 || at == std::string::npos) {
        std::printf("  login failed (%d): %s\n", status, body.c_str());
        return;
    }
    const std::string token = body.substr(at + key.size(), body.find('"', at + key.size()) - at - key.size());

    std::printf("  %d clients on loopback, keep-alive\n", kClients);
    LoadResult health = load(server.port(), "/healthz", "", std::chrono::seconds(10));
    report("GET /healthz (baseline, 10 s)", health);
    LoadResult families = load(server.port(), "/api/v1/families", token, std::chrono::seconds(30));
    report("GET /api/v1/families (token, 30 s)", families);
    std::printf("  ratio to baseline: %.2fx the requests/s, %.2fx the p99\n", families.per_second() / health.per_second(),
                families.percentile(0.99) / std::max(health.percentile(0.99), 1e-9));
    server.stop();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

hjt::bench::Register registered("api load", api_load);

} // namespace
