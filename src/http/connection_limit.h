// The cap on open connections per client address (issue 17: 80 half-open
// connections from one client held all 64 threads and /healthz timed out).
// A connection takes a place for its address when a thread takes it up and
// gives it back when it closes; with none left it is answered 503 at once.
// Behind a TLS proxy every client shares the proxy's address: raise
// hjt.http.max_connections_per_address there (config/README.md).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace hjt::http {

class ConnectionLimit {
public:
    explicit ConnectionLimit(int per_address) : per_address_(per_address) {}

    // Held while a connection is open; gives its place back when destroyed.
    class Place {
    public:
        Place(ConnectionLimit& limit, std::string address) : limit_(&limit), address_(std::move(address)) {}
        Place(Place&& other) noexcept : limit_(std::exchange(other.limit_, nullptr)), address_(std::move(other.address_)) {}
        Place(const Place&) = delete;
        Place& operator=(const Place&) = delete;
        Place& operator=(Place&&) = delete;
        ~Place() {
            if (limit_) limit_->leave(address_);
        }

    private:
        ConnectionLimit* limit_;
        std::string address_;
    };

    // A place for one more connection from `address`; nullopt when it has all its share.
    std::optional<Place> enter(const std::string& address);

private:
    void leave(const std::string& address);

    int per_address_;
    std::mutex mutex_;
    std::map<std::string, int> open_;
};

// The whole HTTP answer to a connection beyond its share: 503, a Danish
// message with the stable code "too_many_connections", and Connection: close.
std::string too_many_connections_reply();

} // namespace hjt::http
