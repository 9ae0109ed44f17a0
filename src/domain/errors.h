// Errors that name what was wrong. The CLI maps them to exit codes
// (validation/domain 1, usage 2, not signed in 4, role refused 5) and the API
// to 4xx statuses.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "domain/messages.h"

namespace hjt {

// A refusal that carries its catalogue entry (domain/messages.h): what() is
// the Danish text; the front ends render it in the reader's language with
// text_in. Refusals not yet in the catalogue carry none and say what().
class CataloguedError {
public:
    explicit CataloguedError(std::optional<Message> message = std::nullopt) : message_(std::move(message)) {}
    const std::optional<Message>& catalogued() const { return message_; }

private:
    std::optional<Message> message_;
};

// The refusal's text in `language`: its catalogue entry rendered, or what().
std::string text_in(const std::exception& e, Language language);
// Its stable code: the catalogue's, or `fallback` for one outside it.
std::string code_of(const std::exception& e, const std::string& fallback);

// Bad input: `field` names the field, column or "file:line" at fault; `code`
// is a stable word for programs ("invalid"; "out_of_range" for a value outside
// its documented range in domain/limits.h; "overflow" for money arithmetic
// beyond int64 øre), shown by the API as "code" and by the CLI in brackets.
class ValidationError : public std::runtime_error, public CataloguedError {
public:
    ValidationError(std::string field, const std::string& message, std::string code = "invalid")
        : std::runtime_error(message), field_(std::move(field)), code_(std::move(code)) {}
    ValidationError(std::string field, Message message)
        : std::runtime_error(render(message, Language::da)), CataloguedError(message), field_(std::move(field)),
          code_(code_name(message.code)) {}
    const std::string& field() const { return field_; }
    const std::string& code() const { return code_; }

private:
    std::string field_;
    std::string code_;
};

// Money or hours arithmetic that would leave int64 (or an exact product that
// would leave int128): refused, never wrapped. Input ranges (domain/limits.h)
// keep real figures far below this, so it means absurd input got through.
class ArithmeticOverflow : public ValidationError {
public:
    explicit ArithmeticOverflow(const std::string& what)
        : ValidationError("amount", Message{MessageCode::overflow, {what}}) {}
};

// The thing asked for does not exist (or is not the caller's to see): 404.
class NotFound : public std::runtime_error, public CataloguedError {
public:
    using std::runtime_error::runtime_error;
    explicit NotFound(Message message) : std::runtime_error(render(message, Language::da)), CataloguedError(message) {}
};

// The request is valid but clashes with the state of things (closed year,
// run already approved, four eyes): 409.
class Conflict : public std::runtime_error, public CataloguedError {
public:
    using std::runtime_error::runtime_error;
    explicit Conflict(Message message) : std::runtime_error(render(message, Language::da)), CataloguedError(message) {}
};

// No valid session (never signed in, logged out, expired): 401, exit code 4.
class Unauthenticated : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Signed in, but the role may not do this (app/permissions.h): 403, exit code 5.
class Forbidden : public std::runtime_error, public CataloguedError {
public:
    using std::runtime_error::runtime_error;
    explicit Forbidden(Message message) : std::runtime_error(render(message, Language::da)), CataloguedError(message) {}
};

// The command line was wrong: exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace hjt
