// Refusals that only exist over HTTP (no token, wrong role, wrong method, too
// large). Domain errors (ValidationError, NotFound, Conflict) keep their own
// classes in domain/errors.h; the dispatcher maps both kinds to a status and
// the JSON body {"error": ..., "field": ...}.
#pragma once

#include <map>
#include <stdexcept>
#include <string>

namespace hjt::http {

class HttpError : public std::runtime_error {
public:
    // `code`: a stable word for programs ("" none); `headers`: sent with the refusal (Retry-After).
    HttpError(int status, const std::string& message, std::string code = "",
              std::map<std::string, std::string> headers = {})
        : std::runtime_error(message), status_(status), code_(std::move(code)), headers_(std::move(headers)) {}
    int status() const { return status_; }
    const std::string& code() const { return code_; }
    const std::map<std::string, std::string>& headers() const { return headers_; }

private:
    int status_;
    std::string code_;
    std::map<std::string, std::string> headers_;
};

// 401: no token, an unknown token or an expired one, or a failed login.
inline HttpError unauthorized(const std::string& message) { return HttpError(401, message); }
// 403: signed in, but the role may not do this.
inline HttpError forbidden(const std::string& message) { return HttpError(403, message); }
// 413: the body is larger than Settings::max_body_bytes.
inline HttpError payload_too_large(const std::string& message) { return HttpError(413, message); }

} // namespace hjt::http
