#include "http/server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include "http/database_pool.h"
#include "http/dispatcher.h"

namespace hjt::http {
namespace {

// Poco keeps a thread on a keep-alive connection until the client closes it,
// so the thread count bounds the clients served at once (issue 9 asks for 50);
// every thread may hold one database connection.
constexpr int kMaxThreads = 64;
constexpr int kMaxQueuedConnections = 256;

class RequestHandler : public Poco::Net::HTTPRequestHandler {
public:
    explicit RequestHandler(Dispatcher& dispatcher) : dispatcher_(dispatcher) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
        dispatcher_.handle(request, response);
    }

private:
    Dispatcher& dispatcher_;
};

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit HandlerFactory(Dispatcher& dispatcher) : dispatcher_(dispatcher) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
        return new RequestHandler(dispatcher_);
    }

private:
    Dispatcher& dispatcher_;
};

} // namespace

// Declared in the order they must be built (and torn down in reverse): the
// HTTP server uses the threads, the dispatcher and the connections.
struct Server::Parts {
    Parts(const Settings& settings, Router router, const std::string& address)
        : pool(settings.database, kMaxThreads),
          dispatcher(settings, std::move(router), pool),
          threads(2, kMaxThreads),
          socket(Poco::Net::SocketAddress(address, static_cast<Poco::UInt16>(settings.port))),
          http(new HandlerFactory(dispatcher), threads, socket, params()) {}

    static Poco::Net::HTTPServerParams::Ptr params() {
        Poco::Net::HTTPServerParams::Ptr p = new Poco::Net::HTTPServerParams;
        p->setMaxThreads(kMaxThreads);
        p->setMaxQueued(kMaxQueuedConnections);
        p->setKeepAlive(true);
        return p;
    }

    DatabasePool pool;
    Dispatcher dispatcher;
    Poco::ThreadPool threads;
    Poco::Net::ServerSocket socket;
    Poco::Net::HTTPServer http;
};

Server::Server(const Settings& settings, Router router, const std::string& address)
    : parts_(std::make_unique<Parts>(settings, std::move(router), address)) {}

Server::~Server() { stop(); }

void Server::start() { parts_->http.start(); }

void Server::stop() {
    if (parts_) parts_->http.stopAll(true);
}

int Server::port() const { return parts_->socket.address().port(); }

} // namespace hjt::http
