// What a route handler gets (RequestContext) and gives back (Response).
// The dispatcher has already: matched the route, checked the bearer token and
// the role, resolved the route's family scope (a family user asking for
// another family's data got 404 before the handler runs), parsed the body, and
// opened the request's transaction on `sql`. Handlers call the app services
// and turn entities into JSON; throwing ValidationError / NotFound / Conflict
// rolls the transaction back and answers 400 / 404 / 409.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>

#include "app/auth.h"
#include "app/login.h"
#include "app/password_hashing.h"
#include "app/settings.h"
#include "domain/entities.h"
#include "http/json_input.h"

namespace hjt::http {

using PathParams = std::map<std::string, std::string>;   // {id} in the pattern -> "42"
using QueryParams = std::map<std::string, std::string>;  // ?month=2026-01 -> {"month": "2026-01"}

struct RequestContext {
    soci::session& sql;            // inside this request's transaction
    const Settings& settings;
    std::optional<app::User> user; // set on every route except the public ones (login, healthz)
    std::string token;             // the bearer token the user came with ("" on public routes)
    PathParams params;
    QueryParams query;
    Poco::JSON::Object::Ptr body;  // POST/PUT: the parsed object ({} for an empty body); GET: null
    std::string client_address;    // the peer, or Settings::client_address_header's value behind a proxy
    // Routes of add_public_own_transactions only (null elsewhere): `sql` is
    // then outside any transaction, and these open short ones (login).
    const app::Transactions* transactions = nullptr;
    app::PasswordHashing* hashing = nullptr;

    // The signed-in user (routes that need a token always have one).
    const app::User& signed_in() const;
    // Who acts: the services check its permission and the audit trail names it.
    const app::User& actor() const { return signed_in(); }
    // A path parameter as an id; NotFound when it is not a positive number,
    // so /families/abc answers like an unknown family.
    Id id_param(const std::string& name) const;
    std::optional<std::string> query_param(const std::string& name) const;
    JsonInput input() const { return JsonInput(body); }
    // For list endpoints across families: the only family a family user may
    // see, nullopt for the other roles (who see all).
    std::optional<Id> confined_to_family() const;
};

struct Response {
    int status = 200;
    Poco::Dynamic::Var json;                  // the body, for JSON responses
    std::string content_type;                 // set for non-JSON bodies (e.g. an xlsx export)
    std::string bytes;                        // the body when content_type is set
    std::string filename;                     // Content-Disposition for downloads ("" for none)
    std::map<std::string, std::string> headers;  // extra headers (Allow, Location, ...)

    static Response ok(Poco::Dynamic::Var json) { return {200, std::move(json), "", "", "", {}}; }
    static Response created(Poco::Dynamic::Var json) { return {201, std::move(json), "", "", "", {}}; }
    static Response no_content() { return {204, Poco::Dynamic::Var(), "", "", "", {}}; }
    static Response file(std::string content_type, std::string filename, std::string bytes) {
        return {200, Poco::Dynamic::Var(), std::move(content_type), std::move(bytes), std::move(filename), {}};
    }
};

} // namespace hjt::http
