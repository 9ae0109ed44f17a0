#include "app/login.h"

#include "app/entity_json.h"
#include "app/login_throttle.h"
#include "store/audit_log.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

// A try that found no hashing slot may come back after this.
constexpr long long kBusyRetrySeconds = 1;

void audit_lockout(soci::session& sql, const User& user, const Settings& settings) {
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("username", user.username);
    after->set("failures", login_failures(sql, user_subject(user.username)));
    after->set("locked_minutes", settings.login.lockout_minutes);
    store::append_audit(sql, {kLoginActor, "lock", "user", std::to_string(user.id), "", stringify(after)});
}

} // namespace

LoginResult login(const Transactions& db, PasswordHashing& hashing, const Settings& settings,
                  const LoginRequest& request) {
    const auto subjects = login_subjects(request.username, request.client_address);
    LoginResult result;
    std::optional<Credentials> credentials;
    db.read([&](soci::session& sql) {
        if (auto wait = login_wait(sql, subjects)) {
            result.outcome = LoginOutcome::throttled;
            result.retry_after_seconds = wait->count();
            return;
        }
        credentials = find_credentials(sql, request.username);
    });
    if (result.outcome == LoginOutcome::throttled) return result;

    const auto matches = hashing.verify(request.password, credentials ? credentials->password_hash : unknown_user_hash());
    if (!matches) {
        result.outcome = LoginOutcome::busy;
        result.retry_after_seconds = kBusyRetrySeconds;
        return result;
    }
    const bool ok = *matches && credentials && !credentials->disabled;

    db.write([&](soci::session& sql) {
        if (!ok) {
            const bool locked = record_login_failure(sql, subjects, settings.login);
            if (locked && credentials) audit_lockout(sql, credentials->user, settings);
            return;
        }
        clear_login_failures(sql, user_subject(request.username));
        result.outcome = LoginOutcome::signed_in;
        result.user = credentials->user;
        result.session = open_session(sql, credentials->user, settings.sessions);
    });
    return result;
}

std::string login_refusal_text(const LoginResult& result) {
    switch (result.outcome) {
    case LoginOutcome::throttled:
        return "for mange mislykkede login-forsøg: prøv igen om " + std::to_string(result.retry_after_seconds) +
               " sekunder";
    case LoginOutcome::busy: return "for mange login-forsøg på én gang: prøv igen om et øjeblik";
    case LoginOutcome::refused:
    case LoginOutcome::signed_in: break;
    }
    return "forkert brugernavn eller adgangskode";
}

std::string login_refusal_code(LoginOutcome outcome) {
    switch (outcome) {
    case LoginOutcome::throttled: return "login_throttled";
    case LoginOutcome::busy: return "login_busy";
    case LoginOutcome::refused:
    case LoginOutcome::signed_in: break;
    }
    return "login_refused";
}

} // namespace hjt::app
