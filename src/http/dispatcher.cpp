#include "http/dispatcher.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>

#include "app/failure_text.h"
#include "app/plausibility_json.h"
#include "domain/errors.h"
#include "domain/plausibility.h"
#include "http/http_errors.h"
#include "http/request_body.h"
#include "http/security_headers.h"

namespace hjt::http {
namespace {

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

// {"error": text, "message": text, "code": …, "field": key|null, "field_label": the field's name in the
// reader's language|null}: "error" is kept for clients written before "message".
Response error_response(int status, const std::string& message, const std::optional<std::string>& field,
                        const std::optional<std::string>& code = std::nullopt, Language language = Language::da) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("error", message);
    body->set("message", message);
    body->set("field", field ? Poco::Dynamic::Var(*field) : Poco::Dynamic::Var());
    body->set("field_label", field ? Poco::Dynamic::Var(field_label(*field, language)) : Poco::Dynamic::Var());
    if (code) body->set("code", *code);
    return {status, body, "", "", "", {}};
}

// Accept-Language: en… gets English refusals; anything else Danish.
Language reader_language(const HTTPServerRequest& request) {
    return request.get("Accept-Language", "").rfind("en", 0) == 0 ? Language::en : Language::da;
}

// A domain refusal: its text in the reader's language and its stable code.
Response refusal(int status, const std::exception& e, Language language, const std::string& fallback_code,
                 const std::optional<std::string>& field = std::nullopt) {
    return error_response(status, text_in(e, language), field, code_of(e, fallback_code), language);
}

std::string bearer_token(const HTTPServerRequest& request) {
    const std::string header = request.get("Authorization", "");
    const std::string scheme = "Bearer ";
    if (header.size() <= scheme.size() || Poco::icompare(header.substr(0, scheme.size()), scheme) != 0) return "";
    return header.substr(scheme.size());
}

bool has_body(const HTTPServerRequest& request) {
    return request.getChunkedTransferEncoding() || request.getContentLength64() > 0;
}

std::string allow_header(const std::vector<Method>& methods) {
    std::string allow;
    for (Method m : methods) allow += (allow.empty() ? "" : ", ") + to_string(m);
    return allow;
}

QueryParams query_params(const Poco::URI& uri) {
    QueryParams query;
    for (const auto& [name, value] : uri.getQueryParameters()) query[name] = value;
    return query;
}

void send(HTTPServerResponse& response, const Response& out) {
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(out.status));
    for (const auto& [name, value] : api_security_headers()) response.set(name, value);
    for (const auto& [name, value] : out.headers) response.set(name, value);
    if (out.status == 204) {
        response.setContentLength(0);
        response.send();
        return;
    }
    std::string bytes = out.bytes;
    if (out.content_type.empty()) {
        std::ostringstream json;
        Poco::JSON::Stringifier::condense(out.json, json);
        bytes = json.str();
        response.setContentType("application/json; charset=utf-8");
    } else {
        response.setContentType(out.content_type);
        if (!out.filename.empty())
            response.set("Content-Disposition", "attachment; filename=\"" + out.filename + "\"");
    }
    response.sendBuffer(bytes.data(), bytes.size());
}

// The server log: the method, the path and what failed, never a CPR number
// or an account number (the path may hold one in a query, the failure in a value).
void log_failure(const HTTPServerRequest& request, const std::string& text) {
    std::cerr << "hjt serve: " << request.getMethod() << ' ' << app::without_long_numbers(request.getURI()) << ": "
              << text << '\n';
}

// A path whose slashes are encoded ("/api/v1/families%2f1") names another
// resource to a proxy or a log than to the router, which decodes it first.
bool has_encoded_separator(const std::string& raw_uri) {
    const std::string path = raw_uri.substr(0, raw_uri.find('?'));
    for (std::size_t i = path.find('%'); i != std::string::npos; i = path.find('%', i + 1)) {
        const std::string code = path.substr(i + 1, 2);
        if (code == "2f" || code == "2F" || code == "5c" || code == "5C") return true;
    }
    return false;
}

// Who is asking: the connection's peer, or behind a TLS proxy the address it
// appended last to the configured header (the entries before it are the
// client's own word).
std::string client_address(const HTTPServerRequest& request, const std::string& header) {
    if (!header.empty() && request.has(header)) {
        const std::string value = request.get(header);
        const std::string last = value.substr(value.rfind(',') == std::string::npos ? 0 : value.rfind(',') + 1);
        return Poco::trim(last);
    }
    return request.clientAddress().host().toString();
}

} // namespace

Dispatcher::Dispatcher(Settings settings, Router router, DatabasePool& pool, app::PasswordHashing& hashing)
    : settings_(std::move(settings)), router_(std::move(router)), pool_(pool), hashing_(hashing) {}

void Dispatcher::handle(HTTPServerRequest& request, HTTPServerResponse& response) {
    bool body_read = false;
    Response out;
    try {
        out = dispatch(request, body_read);
    } catch (const ValidationError& e) {
        out = refusal(400, e, reader_language(request), e.code(), e.field());
    } catch (const NotFound& e) {
        out = refusal(404, e, reader_language(request), "not_found");
    } catch (const NeedsConfirmation& e) {
        // 409 like any conflict with the state of things, with the questions to
        // confirm: the same request with "confirm": true stores it.
        out = refusal(409, e, reader_language(request), "needs_confirmation", e.field());
        Poco::JSON::Object::Ptr body = out.json.extract<Poco::JSON::Object::Ptr>();
        body->set("questions", app::questions_json(e.questions(), reader_language(request)));
    } catch (const Conflict& e) {
        out = refusal(409, e, reader_language(request), "conflict");
    } catch (const Unauthenticated& e) {
        out = error_response(401, e.what(), std::nullopt, "unauthenticated");
    } catch (const Forbidden& e) {
        out = refusal(403, e, reader_language(request), "forbidden");
    } catch (const HttpError& e) {
        out = error_response(e.status(), e.what(), std::nullopt,
                             e.code().empty() ? std::nullopt : std::optional<std::string>(e.code()));
        out.headers.insert(e.headers().begin(), e.headers().end());
    } catch (const Poco::Exception& e) {
        log_failure(request, app::without_long_numbers(e.displayText()));
        out = error_response(500, "intern fejl", std::nullopt);
    } catch (const std::exception& e) {
        const app::Failure failure = app::describe_failure(e);
        log_failure(request, failure.text);
        out = failure.storage_unwritable ? error_response(503, failure.text, std::nullopt)
                                         : error_response(500, "intern fejl", std::nullopt);
    }
    // A body left unread would be taken for the next request on this connection.
    if (!body_read && has_body(request)) response.setKeepAlive(false);
    try {
        send(response, out);
    } catch (const Poco::Exception&) {
        // The client has gone; nothing is left to tell it.
    }
}

Response Dispatcher::dispatch(HTTPServerRequest& request, bool& body_read) {
    if (has_encoded_separator(request.getURI()))
        throw ValidationError("path", Message{MessageCode::path_encoded_slash, {}});
    // Both framings at once is how requests are smuggled past a proxy that
    // reads the other one (RFC 9112 § 6.3): refused, and the connection closed.
    if (request.has("Transfer-Encoding") && request.has("Content-Length"))
        throw ValidationError("Transfer-Encoding", Message{MessageCode::length_and_chunked, {}});
    Poco::URI uri;
    try {
        uri = Poco::URI(request.getURI());
    } catch (const Poco::Exception&) {
        throw ValidationError("path", Message{MessageCode::path_malformed, {}});
    }
    const std::string path = uri.getPath();
    const auto method = parse_method(request.getMethod());
    RouteMatch match = router_.match(method.value_or(Method::get), path);
    if (!method) match.route = nullptr;
    if (!match.route) {
        if (match.allowed.empty()) throw NotFound(Message{MessageCode::endpoint_unknown, {path}});
        Response refused = error_response(405, request.getMethod() + " is not allowed on " + path, std::nullopt);
        refused.headers["Allow"] = allow_header(match.allowed);
        return refused;
    }
    const Route& route = *match.route;

    const auto max_body = static_cast<Poco::Int64>(settings_.max_body_bytes);
    if (request.getContentLength64() > max_body)
        throw payload_too_large("request body is larger than " + std::to_string(max_body) + " bytes");

    auto db = pool_.borrow();
    std::optional<app::User> user;
    std::string token;
    if (route.needs_token) {
        token = bearer_token(request);
        if (token.empty()) throw unauthorized("sign in: no bearer token");
        user = app::authenticate(db->session(), token, settings_.sessions);
        if (!user) throw unauthorized("sign in again: the token is unknown or has expired");
        if (!route.roles.contains(user->role))
            throw forbidden("Din rolle (" + app::danish_role(user->role) + ") må ikke " + request.getMethod() + " " + path);
    }

    Poco::JSON::Object::Ptr body;
    if (is_mutating(route.method)) {
        body = parse_json_body(read_capped_body(request.stream(), static_cast<std::size_t>(max_body),
                                                request.getContentLength64()));
        body_read = true;
    }

    const std::string address = client_address(request, settings_.client_address_header);
    if (route.own_transactions) {
        const app::Transactions transactions{
            [&](const app::Transactions::Work& work) { db->in_transaction(work, store::Database::Mode::read); },
            [&](const app::Transactions::Work& work) {
                std::lock_guard<std::mutex> writer(pool_.writer_mutex());
                db->in_transaction(work, store::Database::Mode::write);
            }};
        RequestContext ctx{db->session(), settings_, user, token, std::move(match.params), query_params(uri), body,
                           address, &transactions, &hashing_};
        return route.handler(ctx);
    }

    std::unique_lock<std::mutex> writer(pool_.writer_mutex(), std::defer_lock);
    if (route.writes()) writer.lock();
    Response out;
    db->in_transaction([&](soci::session& sql) {
        RequestContext ctx{sql, settings_, user, token, std::move(match.params), query_params(uri), body, address};
        if (route.scope) {
            // The same answer for an unknown id and another family's id.
            std::optional<Id> owner;
            try {
                owner = route.scope(ctx);
            } catch (const NotFound&) {
            }
            auto confined = user ? ctx.confined_to_family() : std::nullopt;
            if (!owner || (confined && *confined != *owner)) throw NotFound(Message{MessageCode::path_not_found, {path}});
        }
        out = route.handler(ctx);
    }, route.writes() ? store::Database::Mode::write : store::Database::Mode::read);
    return out;
}

} // namespace hjt::http
