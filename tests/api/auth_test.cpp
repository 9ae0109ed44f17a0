#include <catch2/catch.hpp>

#include "app/auth.h"
#include "app/login.h"
#include "app/register_service.h"
#include "domain/errors.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "support/sha256.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

const std::string kStrongPassword = "korrekt hest batteri";

std::string field_of_refusal(ScratchDatabase& s, const std::string& username, const std::string& password,
                             app::Role role, std::optional<Id> family) {
    long long users = s.count("users"), audit = s.count("audit_log");
    std::string field;
    try {
        s.db().in_transaction(
            [&](soci::session& sql) { app::create_user(sql, test::admin_actor("admin"), username, password, role, family); });
    } catch (const ValidationError& e) {
        field = e.field();
    }
    CHECK(s.count("users") == users);
    CHECK(s.count("audit_log") == audit);
    return field;
}

// A sign-in as the CLI makes it (app/login.h), with `minutes` of lifetime;
// the token, or nullopt when refused.
std::optional<std::string> sign_in(ScratchDatabase& s, const std::string& username, const std::string& password,
                                   int minutes = 60) {
    const app::Transactions transactions{
        [&](const app::Transactions::Work& work) { s.db().in_transaction(work, store::Database::Mode::read); },
        [&](const app::Transactions::Work& work) { s.db().in_transaction(work, store::Database::Mode::write); }};
    app::PasswordHashing hashing(1, std::chrono::milliseconds(0));
    Settings settings;
    settings.sessions.lifetime_minutes = minutes;
    auto result = app::login(transactions, hashing, settings, {username, password, ""});
    if (result.outcome != app::LoginOutcome::signed_in) return std::nullopt;
    return result.session->token;
}

std::optional<app::User> authenticate(ScratchDatabase& s, const std::string& token) {
    return app::authenticate(s.sql(), token, SessionLimits{});
}

} // namespace

TEST_CASE("a password hash is scrypt with its parameters and a random salt", "[auth]") {
    std::string hash = app::hash_password(kStrongPassword);
    CHECK(hash.rfind("scrypt$32768$8$1$", 0) == 0);
    CHECK(hash.find(kStrongPassword) == std::string::npos);
    CHECK(app::verify_password(kStrongPassword, hash));
    CHECK_FALSE(app::verify_password("korrekt hest batteri!", hash));
    CHECK_FALSE(app::verify_password("", hash));
    CHECK(app::hash_password(kStrongPassword) != hash);  // a new salt each time
}

TEST_CASE("a stored hash that is not well formed never verifies", "[auth]") {
    CHECK_FALSE(app::verify_password(kStrongPassword, ""));
    CHECK_FALSE(app::verify_password(kStrongPassword, "plain text"));
    CHECK_FALSE(app::verify_password(kStrongPassword, "scrypt$1000$8$1$c2FsdA==$aGFzaA=="));        // N not a power of 2
    CHECK_FALSE(app::verify_password(kStrongPassword, "scrypt$1073741824$8$1$c2FsdA==$aGFzaA=="));  // absurd cost
    CHECK_FALSE(app::verify_password(kStrongPassword, "scrypt$16384$8$1$!!!$aGFzaA=="));
}

TEST_CASE("roles print and parse", "[auth]") {
    for (auto role : {app::Role::finance, app::Role::caseworker, app::Role::family, app::Role::auditor, app::Role::admin})
        CHECK(app::parse_role(app::to_string(role)) == role);
    CHECK_FALSE(app::parse_role("root"));
}

TEST_CASE("login gives a token that authenticates until logout, only its hash is stored", "[auth]") {
    ScratchDatabase s("auth_login");
    app::User created = app::create_user(s.sql(), test::admin_actor("admin"), "kari", kStrongPassword, app::Role::caseworker, std::nullopt);
    CHECK(created.id > 0);

    auto token = sign_in(s, "kari", kStrongPassword, 60);
    REQUIRE(token);
    CHECK(token->size() == 64);
    auto user = authenticate(s, *token);
    REQUIRE(user);
    CHECK(user->username == "kari");
    CHECK(user->role == app::Role::caseworker);
    CHECK_FALSE(user->family_id);

    std::string stored;
    s.sql() << "SELECT token_hash FROM sessions", soci::into(stored);
    CHECK(stored == support::sha256_hex(*token));
    CHECK(stored != *token);
    std::string password_hash;
    s.sql() << "SELECT password_hash FROM users", soci::into(password_hash);
    CHECK(password_hash.find(kStrongPassword) == std::string::npos);

    app::logout(s.sql(), *token);
    CHECK_FALSE(authenticate(s, *token));
    CHECK(s.count("sessions") == 0);
}

TEST_CASE("a wrong password, an unknown user or a made-up token gets nothing", "[auth]") {
    ScratchDatabase s("auth_wrong");
    app::create_user(s.sql(), test::admin_actor("admin"), "kari", kStrongPassword, app::Role::finance, std::nullopt);
    CHECK_FALSE(sign_in(s, "kari", "korrekt hest", 60));
    CHECK_FALSE(sign_in(s, "karl", kStrongPassword, 60));
    CHECK(s.count("sessions") == 0);
    CHECK_FALSE(authenticate(s, std::string(64, 'a')));
}

TEST_CASE("an expired session does not authenticate", "[auth]") {
    ScratchDatabase s("auth_expired");
    app::create_user(s.sql(), test::admin_actor("admin"), "kari", kStrongPassword, app::Role::auditor, std::nullopt);
    auto immediate = sign_in(s, "kari", kStrongPassword, 0);
    REQUIRE(immediate);
    CHECK_FALSE(authenticate(s, *immediate));

    auto hour = sign_in(s, "kari", kStrongPassword, 60);
    REQUIRE(hour);
    REQUIRE(authenticate(s, *hour));
    std::string hash = support::sha256_hex(*hour);
    s.sql() << "UPDATE sessions SET expires_at = '2020-01-01T00:00:00Z' WHERE token_hash = :h", soci::use(hash);
    CHECK_FALSE(authenticate(s, *hour));
}

TEST_CASE("a family user belongs to an existing family, the creation is audited without the hash", "[auth]") {
    ScratchDatabase s("auth_family");
    Family f = app::create_family(s.sql(), test::caseworker_actor("admin"), testing::sample_family());
    app::User u = app::create_user(s.sql(), test::admin_actor("admin"), "jensen", kStrongPassword, app::Role::family, f.id);
    CHECK(u.family_id == f.id);
    auto token = sign_in(s, "jensen", kStrongPassword, 60);
    REQUIRE(token);
    CHECK(authenticate(s, *token)->family_id == f.id);

    std::string entity, after;
    s.sql() << "SELECT entity, after_json FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(entity),
        soci::into(after);
    CHECK(entity == "user");
    CHECK(after.find("\"role\":\"family\"") != std::string::npos);
    CHECK(after.find("scrypt") == std::string::npos);
}

TEST_CASE("user refusals name the field and store nothing", "[auth][bad-input]") {
    ScratchDatabase s("auth_bad");
    app::create_user(s.sql(), test::admin_actor("admin"), "kari", kStrongPassword, app::Role::finance, std::nullopt);
    CHECK(field_of_refusal(s, "kari", kStrongPassword, app::Role::auditor, std::nullopt) == "username");
    CHECK(field_of_refusal(s, "has space", kStrongPassword, app::Role::auditor, std::nullopt) == "username");
    CHECK(field_of_refusal(s, "ole", "short", app::Role::auditor, std::nullopt) == "password");
    CHECK(field_of_refusal(s, "ole", kStrongPassword, app::Role::family, std::nullopt) == "family_id");
    CHECK(field_of_refusal(s, "ole", kStrongPassword, app::Role::family, Id{77}) == "family_id");
    CHECK(field_of_refusal(s, "ole", kStrongPassword, app::Role::admin, Id{1}) == "family_id");
}
