// The REST API server: Poco's HTTP connections on one address, within the
// limits of Settings::connections (threads, queue, read timeouts, a cap per
// client address: http/connection_limit.h), every request under /api/ (and
// /healthz) going through a Dispatcher with a pool of database connections,
// every other path to the web application's files (Settings::web_dir, see
// static_files.h).
#pragma once

#include <memory>
#include <string>

#include "app/password_hashing.h"
#include "app/settings.h"
#include "http/router.h"

namespace hjt::http {

class Server {
public:
    // Binds address:settings.port at once (port 0 picks a free port, see port()).
    // Loopback by default: the service is meant to sit behind a TLS proxy, as
    // bearer tokens must not cross a network in clear text. `hashing`: the pool
    // sign-ins check passwords on (null: one made from Settings::login; tests
    // pass one whose checks they hold).
    Server(const Settings& settings, Router router, const std::string& address = "127.0.0.1",
           std::shared_ptr<app::PasswordHashing> hashing = nullptr);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    void start();
    // Stops accepting, waits for the requests in progress.
    void stop();
    int port() const;

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

} // namespace hjt::http
