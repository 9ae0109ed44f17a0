// Requests from many clients at once: each worker thread borrows its own
// connection, writers take turns, and no request fails with a busy database.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("concurrent writers and readers all succeed and every write is stored once", "[api][concurrency]") {
    ApiServer server("concurrency");
    const auto& api = server.client();
    const auto& w = server.world();
    std::string token = server.login(Users::caseworker);
    long long audits_before = server.row_counts()["audit_log"];

    constexpr int kThreads = 8, kRounds = 10;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kRounds; ++i) {
                std::string phone = std::to_string(t * 100 + i);
                auto write = api.put("/api/v1/families/" + std::to_string(w.family_a),
                                     R"({"contact_phone": ")" + phone + R"("})", token);
                auto read = api.get("/api/v1/families/" + std::to_string(w.family_b) + "/children", token);
                if (write.status != 200 || read.status != 200) ++failures;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    CHECK(failures == 0);
    CHECK(server.row_counts()["audit_log"] == audits_before + kThreads * kRounds);
}
