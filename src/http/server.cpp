#include "http/server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include "http/database_pool.h"
#include "http/dispatcher.h"
#include "http/static_files.h"

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

// The web application's files: everything outside /api/ and /healthz.
class StaticFileHandler : public Poco::Net::HTTPRequestHandler {
public:
    explicit StaticFileHandler(const StaticFiles& files) : files_(files) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
        Poco::URI uri;
        try {
            uri = Poco::URI(request.getURI());
        } catch (const Poco::Exception&) {
            uri = Poco::URI("/malformed");  // answered like any unknown file
        }
        StaticReply reply = files_.reply(request.getMethod(), uri.getPath(), request.get("If-None-Match", ""));
        response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
        for (const auto& [name, value] : reply.headers) response.set(name, value);
        if (reply.status == 304) {
            response.send();
            return;
        }
        response.setContentType(reply.content_type);
        if (request.getMethod() == "HEAD") {
            response.setContentLength(static_cast<std::streamsize>(reply.body.size()));
            response.send();
        } else {
            response.sendBuffer(reply.body.data(), reply.body.size());
        }
    }

private:
    const StaticFiles& files_;
};

bool is_api_path(const std::string& uri) {
    return uri.rfind("/api/", 0) == 0 || uri == "/api" || uri.rfind("/healthz", 0) == 0;
}

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    HandlerFactory(Dispatcher& dispatcher, const StaticFiles& files) : dispatcher_(dispatcher), files_(files) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override {
        if (is_api_path(request.getURI())) return new RequestHandler(dispatcher_);
        return new StaticFileHandler(files_);
    }

private:
    Dispatcher& dispatcher_;
    const StaticFiles& files_;
};

} // namespace

// Declared in the order they must be built (and torn down in reverse): the
// HTTP server uses the threads, the dispatcher, the web files and the connections.
struct Server::Parts {
    Parts(const Settings& settings, Router router, const std::string& address)
        : pool(settings.database, kMaxThreads),
          dispatcher(settings, std::move(router), pool),
          files(settings.web_dir),
          threads(2, kMaxThreads),
          socket(Poco::Net::SocketAddress(address, static_cast<Poco::UInt16>(settings.port))),
          http(new HandlerFactory(dispatcher, files), threads, socket, params()) {}

    static Poco::Net::HTTPServerParams::Ptr params() {
        Poco::Net::HTTPServerParams::Ptr p = new Poco::Net::HTTPServerParams;
        p->setMaxThreads(kMaxThreads);
        p->setMaxQueued(kMaxQueuedConnections);
        p->setKeepAlive(true);
        return p;
    }

    DatabasePool pool;
    Dispatcher dispatcher;
    StaticFiles files;
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
