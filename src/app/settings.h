// Service settings: config/hjt.properties, overridden by environment variables
// (HJT_CONFIG, HJT_DB, HJT_PORT) and then by command-line options.
#pragma once

#include <string>

namespace hjt {

struct Settings {
    std::string config_file;    // the properties file read
    std::string config_dir;     // its folder: rates/ and policy.properties live here
    std::string database;       // SQLite file or connection string (store/connection.h)
    std::string output_dir;     // where the main job writes its files
    std::string web_dir;        // the web application's files, served under "/" ("" serves none)
    int port = 8080;
    int session_minutes = 60;   // bearer tokens expire after this
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
