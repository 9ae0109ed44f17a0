#include "http/connection_limit.h"

namespace hjt::http {

std::optional<ConnectionLimit::Place> ConnectionLimit::enter(const std::string& address) {
    std::lock_guard lock(mutex_);
    int& n = open_[address];
    if (n >= per_address_) {
        if (n == 0) open_.erase(address);
        return std::nullopt;
    }
    ++n;
    return Place(*this, address);
}

void ConnectionLimit::leave(const std::string& address) {
    std::lock_guard lock(mutex_);
    auto it = open_.find(address);
    if (it == open_.end()) return;
    if (--it->second <= 0) open_.erase(it);  // the map holds only addresses with connections
}

std::string too_many_connections_reply() {
    const std::string body =
        R"({"error":"for mange samtidige forbindelser fra samme adresse: prøv igen om lidt","field":null,)"
        R"("code":"too_many_connections"})";
    return "HTTP/1.1 503 Service Unavailable\r\n"
           "Content-Type: application/json; charset=utf-8\r\n"
           "Retry-After: 1\r\n"
           "Connection: close\r\n"
           "Content-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
}

} // namespace hjt::http
