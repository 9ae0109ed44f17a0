// Issue 17: clients that open connections and send half a header used to hold
// every server thread, so /healthz timed out. The cap per client address and
// the read timeout (Settings::connections) keep the server answering.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// A connection from `from` (another loopback address than the test client's
// 127.0.0.1) that sends the start of a request and then nothing.
class HalfOpen {
public:
    HalfOpen(const std::string& from, int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
        REQUIRE(fd_ >= 0);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, from.c_str(), &local.sin_addr);
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) == 0);
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(static_cast<uint16_t>(port));
        ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
        REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&server), sizeof server) == 0);
        const std::string partial = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
        REQUIRE(::send(fd_, partial.data(), partial.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(partial.size()));
    }
    ~HalfOpen() { ::close(fd_); }
    HalfOpen(const HalfOpen&) = delete;
    HalfOpen& operator=(const HalfOpen&) = delete;

    // What the server sent before closing (waits for it, at most 30 s).
    std::string answer() const {
        timeval timeout{30, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        std::string out;
        char buffer[512];
        for (ssize_t n; (n = ::recv(fd_, buffer, sizeof buffer, 0)) > 0;) out.append(buffer, static_cast<std::size_t>(n));
        return out;
    }

private:
    int fd_;
};

std::vector<std::unique_ptr<HalfOpen>> half_open(int n, int port) {
    std::vector<std::unique_ptr<HalfOpen>> out;
    for (int i = 0; i < n; ++i) out.push_back(std::make_unique<HalfOpen>("127.0.0.2", port));
    return out;
}

} // namespace

TEST_CASE("100 half-open connections from one address: past its cap they are answered 503 at once, and "
          "/healthz keeps answering",
          "[api][connections]") {
    // A read timeout far longer than the client's (30 s): only the cap can keep threads free.
    ApiServer server("half_open_cap", [](Settings& s) {
        s.connections.per_address = 8;
        s.connections.read_timeout_seconds = 600;
        s.connections.max_queued = 200;  // every one reaches a thread, none is dropped unanswered
    });
    auto slow = half_open(100, server.client().port());
    auto health = server.client().get("/healthz", "");
    CHECK(health.status == 200);
    CHECK(health.text("status") == "ok");
    // The last one was beyond the cap: refused before its request was read.
    const std::string refused = slow.back()->answer();
    CHECK(refused.rfind("HTTP/1.1 503", 0) == 0);
    CHECK(refused.find("\"code\":\"too_many_connections\"") != std::string::npos);
}

TEST_CASE("half-open connections are dropped after the read timeout, so /healthz answers even when they "
          "outnumber the threads",
          "[api][connections]") {
    ApiServer server("half_open_timeout", [](Settings& s) {
        s.connections.per_address = 1000;  // no cap to help: the timeout must
        s.connections.threads = 16;
        s.connections.read_timeout_seconds = 1;
        s.connections.max_queued = 200;  // /healthz is queued behind them, not dropped
    });
    auto slow = half_open(100, server.client().port());
    auto health = server.client().get("/healthz", "");  // the client waits up to 30 s
    CHECK(health.status == 200);
    // The first connection's half header was dropped unanswered or with 400, never served.
    const std::string dropped = slow.front()->answer();
    CHECK(dropped.find("200 OK") == std::string::npos);
}
