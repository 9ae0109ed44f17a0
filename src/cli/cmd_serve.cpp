#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "domain/errors.h"
#include "http/api_routes.h"
#include "http/server.h"

namespace hjt::cli {
namespace {

// Blocks SIGINT and SIGTERM in every thread (the server's threads inherit the
// mask) and returns once one of them arrives, so the server stops cleanly.
void wait_for_termination(const sigset_t& signals) {
    int received = 0;
    sigwait(&signals, &received);
}

int serve(Context& ctx, const Args& args) {
    Settings settings = ctx.settings();
    if (auto port = args.number("port")) {
        if (*port < 0 || *port > 65535) throw UsageError("--port skal være mellem 0 og 65535");
        settings.port = static_cast<int>(*port);
    }
    const std::string address = args.optional("bind").value_or("127.0.0.1");

    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    http::Server server(settings, http::api_routes(settings), address);
    server.start();
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("address", address);
    data->set("port", server.port());
    data->set("database", settings.database);
    ctx.print("hjt kører på http://" + address + ":" + std::to_string(server.port()) + " (database " +
                  settings.database + "); Ctrl-C stopper",
              data);
    std::cout.flush();  // a supervisor or test reads the port from here
    wait_for_termination(signals);
    server.stop();
    return 0;
}

} // namespace

Command serve_command() {
    return {"serve", "[--port N] [--bind ADRESSE]", "Kør REST-API'et og siderne (se src/http/README.md)",
            "  --port N          TCP-port (standard hjt.http.port eller HJT_PORT; 0 vælger en ledig)\n"
            "  --bind ADRESSE    adressen der lyttes på (standard 127.0.0.1; sæt en TLS-proxy foran,\n"
            "                    før der lyttes på andet end loopback)\n",
            {"port", "bind"}, serve};
}

} // namespace hjt::cli
