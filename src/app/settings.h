// Service settings: config/hjt.properties, overridden by environment variables
// (HJT_CONFIG, HJT_DB, HJT_PORT) and then by command-line options.
#pragma once

#include <string>

namespace hjt {

// How long a session lasts (app/sessions.h): hjt.http.session_* keys.
struct SessionLimits {
    int lifetime_minutes = 60;  // from sign-in, however busy (hjt.http.session_minutes)
    int idle_minutes = 30;      // since the token was last used
    int max_per_user = 5;       // a further sign-in ends the user's oldest session
};

// Failed logins (app/login_throttle.h) and the password hashes they cost
// (app/password_hashing.h): hjt.login.* keys.
struct LoginLimits {
    int free_failures = 5;              // failures in a row per username before each try must wait
    int lockout_failures = 10;          // ... and before the username is locked out
    int lockout_minutes = 15;           // how long a lockout lasts (an admin lifts it sooner)
    int address_free_failures = 20;     // the same per client address
    int address_lockout_failures = 100;
    int max_concurrent_hashes = 2;      // scrypt runs at once (each 32 MiB and ~90 ms of a core)
    int hash_wait_ms = 3000;            // a login waits this long for a free hashing slot, then 503
};

// What one client may hold of the server (http/server.cpp): hjt.http.* keys.
struct ConnectionLimits {
    int threads = 64;                   // requests served at once
    int max_queued = 64;                // accepted connections waiting for a thread; more are refused
    int per_address = 16;               // open connections per client address; more are answered 503
    int read_timeout_seconds = 10;      // a request's header or body that stalls this long is dropped
    int keep_alive_seconds = 5;         // an idle kept-alive connection is closed after this
};

struct Settings {
    std::string config_file;    // the properties file read
    std::string config_dir;     // its folder: rates/ and policy.properties live here
    std::string database;       // SQLite file or connection string (store/connection.h)
    std::string web_dir;        // the web application's files, served under "/" ("" serves none)
    int port = 8080;
    SessionLimits sessions;
    LoginLimits login;
    ConnectionLimits connections;
    // The header a TLS proxy in front names the client in (X-Forwarded-For):
    // login throttling counts per address from it. "" (the default): the
    // connection's own peer, as when clients connect directly.
    std::string client_address_header;
    int max_body_bytes = 1 << 20;
    long long max_import_bytes = 256LL << 20;  // a file given to an import; larger ones are refused unread
    std::string audit_key_file;  // hjt.audit.key_file: the audit chain's HMAC key ("" none: SHA-256 chain)
    int retention_years = 5;     // hjt.retention.years: books kept this long after their year (app/retention.h)
};

// `config_override` / `db_override` are the --config / --db options ("" when absent).
Settings load_settings(const std::string& config_override, const std::string& db_override);

// Keys the audit chain with the settings' key file (none: a SHA-256 chain;
// store/audit_key.h). Once per process, before any entry is written or checked.
void use_audit_key_of(const Settings& settings);

} // namespace hjt
