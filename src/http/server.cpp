#include "http/server.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/SharedPtr.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <chrono>

#include "http/connection_limit.h"
#include "http/database_pool.h"
#include "http/dispatcher.h"
#include "http/static_files.h"

namespace hjt::http {
namespace {

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
    // What Poco's HTTPServer::stopAll does: the connections end their keep-alive
    // (and with `abort` the requests in progress).
    void stop_connections(bool abort) { serverStopped(this, abort); }

private:
    Dispatcher& dispatcher_;
    const StaticFiles& files_;
};

// An HTTP connection that holds its client address's place while it lasts.
class CountedConnection : public Poco::Net::HTTPServerConnection {
public:
    CountedConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                      Poco::Net::HTTPRequestHandlerFactory::Ptr factory, ConnectionLimit::Place place)
        : HTTPServerConnection(socket, params, factory), place_(std::move(place)) {}

private:
    ConnectionLimit::Place place_;
};

// A connection beyond its address's share: answered 503 at once and closed,
// its request never read, so it holds a thread for no longer than one write.
class RefusedConnection : public Poco::Net::TCPServerConnection {
public:
    using TCPServerConnection::TCPServerConnection;
    void run() override {
        try {
            socket().setSendTimeout(Poco::Timespan(1, 0));
            const std::string reply = too_many_connections_reply();
            socket().sendBytes(reply.data(), static_cast<int>(reply.size()));
            socket().shutdown();
        } catch (const Poco::Exception&) {
            // The client has gone; nothing is left to tell it.
        }
    }
};

// Poco's HTTPServer with the cap per client address (HTTPServer itself makes
// its connections where no count can be kept).
class ConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
public:
    ConnectionFactory(Poco::Net::HTTPServerParams::Ptr params, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
                      ConnectionLimit& limit)
        : params_(std::move(params)), handlers_(std::move(handlers)), limit_(limit) {}
    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
        auto place = limit_.enter(socket.peerAddress().host().toString());
        if (!place) return new RefusedConnection(socket);
        return new CountedConnection(socket, params_, handlers_, std::move(*place));
    }

private:
    Poco::Net::HTTPServerParams::Ptr params_;
    Poco::Net::HTTPRequestHandlerFactory::Ptr handlers_;
    ConnectionLimit& limit_;
};

Poco::Net::HTTPServerParams::Ptr http_params(const ConnectionLimits& limits) {
    Poco::Net::HTTPServerParams::Ptr p = new Poco::Net::HTTPServerParams;
    // Poco keeps a thread on a keep-alive connection until it ends, so the
    // thread count bounds the clients served at once (issue 9 asks for 50);
    // every thread may hold one database connection.
    p->setMaxThreads(limits.threads);
    p->setMaxQueued(limits.max_queued);
    // A header or body that stalls this long between bytes is dropped (issue
    // 17: half-open connections used to hold their threads for ever).
    p->setTimeout(Poco::Timespan(limits.read_timeout_seconds, 0));
    p->setKeepAlive(true);
    p->setKeepAliveTimeout(Poco::Timespan(limits.keep_alive_seconds, 0));
    return p;
}

} // namespace

// Declared in the order they must be built (and torn down in reverse): the
// HTTP server uses the threads, the dispatcher, the web files and the connections.
struct Server::Parts {
    Parts(const Settings& settings, Router router, const std::string& address,
          std::shared_ptr<app::PasswordHashing> password_hashing)
        : pool(settings.database, static_cast<std::size_t>(settings.connections.threads)),
          hashing(password_hashing ? std::move(password_hashing)
                                   : std::make_shared<app::PasswordHashing>(
                                         settings.login.max_concurrent_hashes,
                                         std::chrono::milliseconds(settings.login.hash_wait_ms))),
          dispatcher(settings, std::move(router), pool, *hashing),
          files(settings.web_dir),
          limit(settings.connections.per_address),
          threads(2, settings.connections.threads),
          socket(Poco::Net::SocketAddress(address, static_cast<Poco::UInt16>(settings.port))),
          handlers(new HandlerFactory(dispatcher, files)),
          params(http_params(settings.connections)),
          tcp(new ConnectionFactory(params, handlers, limit), threads, socket, params) {}

    DatabasePool pool;
    std::shared_ptr<app::PasswordHashing> hashing;
    Dispatcher dispatcher;
    StaticFiles files;
    ConnectionLimit limit;
    Poco::ThreadPool threads;
    Poco::Net::ServerSocket socket;
    Poco::SharedPtr<HandlerFactory> handlers;
    Poco::Net::HTTPServerParams::Ptr params;
    Poco::Net::TCPServer tcp;
};

Server::Server(const Settings& settings, Router router, const std::string& address,
               std::shared_ptr<app::PasswordHashing> hashing)
    : parts_(std::make_unique<Parts>(settings, std::move(router), address, std::move(hashing))) {}

Server::~Server() { stop(); }

void Server::start() { parts_->tcp.start(); }

void Server::stop() {
    if (!parts_) return;
    parts_->tcp.stop();
    parts_->handlers->stop_connections(true);
    // Wait until every connection thread has left Poco's dispatcher: a thread
    // still on its way out holds the dispatcher (and the parameters and the
    // handler factory it refers to) after the server's parts are gone, which
    // LeakSanitizer reported at the exit of the sanitized suite.
    parts_->threads.joinAll();
}

int Server::port() const { return parts_->socket.address().port(); }

} // namespace hjt::http
