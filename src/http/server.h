// The REST API server: Poco's HTTPServer on one address, every request under
// /api/ (and /healthz) going through a Dispatcher with a pool of database
// connections, every other path to the web application's files
// (Settings::web_dir, see static_files.h).
#pragma once

#include <memory>
#include <string>

#include "app/settings.h"
#include "http/router.h"

namespace hjt::http {

class Server {
public:
    // Binds address:settings.port at once (port 0 picks a free port, see port()).
    // Loopback by default: the service is meant to sit behind a TLS proxy, as
    // bearer tokens must not cross a network in clear text.
    Server(const Settings& settings, Router router, const std::string& address = "127.0.0.1");
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
