// From a Poco HTTP request to a route's handler and back: the steps listed in
// router.h (route, size, token, role, body, scope, transaction) and the
// mapping of every error to a status with a JSON body {"error", "field"}.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "app/password_hashing.h"
#include "app/settings.h"
#include "http/database_pool.h"
#include "http/router.h"

namespace hjt::http {

class Dispatcher {
public:
    // `hashing`: the bounded pool every sign-in checks its password on.
    Dispatcher(Settings settings, Router router, DatabasePool& pool, app::PasswordHashing& hashing);
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

private:
    Response dispatch(Poco::Net::HTTPServerRequest& request, bool& body_read);

    Settings settings_;
    Router router_;
    DatabasePool& pool_;
    app::PasswordHashing& hashing_;
};

} // namespace hjt::http
