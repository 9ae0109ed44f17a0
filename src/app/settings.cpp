#include "app/settings.h"

#include <Poco/AutoPtr.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <cstdlib>

#include "domain/errors.h"
#include "store/audit_key.h"
#include "store/connection.h"

namespace hjt {
namespace {

std::string env_or(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

// Relative paths in the file are relative to the project folder (the config
// folder's parent), so the service finds its files from any working directory.
std::string resolve(const std::string& base_dir, const std::string& path) {
    Poco::Path p(path);
    if (p.isAbsolute()) return path;
    return Poco::Path(Poco::Path(base_dir).makeDirectory(), p).toString();
}

// A SQLite file becomes its absolute path (sqlite3:// or not); a PostgreSQL
// connection string is used as written.
std::string resolve_database(const std::string& base_dir, const std::string& connection) {
    auto c = store::parse_connection(connection);
    if (c.backend != store::Backend::sqlite) return connection;
    return resolve(base_dir, c.target) + (c.read_only ? store::kSqliteReadOnly : "");
}

// Every limit is a whole number of at least 1: a zero or negative one would
// switch a protection off or refuse every request.
int positive(const Poco::Util::AbstractConfiguration& file, const std::string& key, int fallback) {
    const int value = file.getInt(key, fallback);
    if (value < 1) throw ValidationError(key, Message{MessageCode::too_small, {"1", std::to_string(value)}});
    return value;
}

void read_limits(const Poco::Util::AbstractConfiguration& file, Settings& s) {
    SessionLimits& session = s.sessions;
    session.lifetime_minutes = positive(file, "hjt.http.session_minutes", session.lifetime_minutes);
    session.idle_minutes = positive(file, "hjt.http.session_idle_minutes", session.idle_minutes);
    session.max_per_user = positive(file, "hjt.http.max_sessions_per_user", session.max_per_user);
    LoginLimits& login = s.login;
    login.free_failures = positive(file, "hjt.login.free_failures", login.free_failures);
    login.lockout_failures = positive(file, "hjt.login.lockout_failures", login.lockout_failures);
    login.lockout_minutes = positive(file, "hjt.login.lockout_minutes", login.lockout_minutes);
    login.address_free_failures = positive(file, "hjt.login.address_free_failures", login.address_free_failures);
    login.address_lockout_failures =
        positive(file, "hjt.login.address_lockout_failures", login.address_lockout_failures);
    login.max_concurrent_hashes = positive(file, "hjt.login.max_concurrent_hashes", login.max_concurrent_hashes);
    login.hash_wait_ms = positive(file, "hjt.login.hash_wait_ms", login.hash_wait_ms);
    ConnectionLimits& conn = s.connections;
    conn.threads = positive(file, "hjt.http.threads", conn.threads);
    conn.max_queued = positive(file, "hjt.http.max_queued_connections", conn.max_queued);
    conn.per_address = positive(file, "hjt.http.max_connections_per_address", conn.per_address);
    conn.read_timeout_seconds = positive(file, "hjt.http.read_timeout_seconds", conn.read_timeout_seconds);
    conn.keep_alive_seconds = positive(file, "hjt.http.keep_alive_seconds", conn.keep_alive_seconds);
    s.client_address_header = file.getString("hjt.http.client_address_header", "");
}

} // namespace

Settings load_settings(const std::string& config_override, const std::string& db_override) {
    Settings s;
    std::string home = env_or("HJT_HOME", ".");
    s.config_file = !config_override.empty() ? config_override
                                             : env_or("HJT_CONFIG", resolve(home, "config/hjt.properties"));
    if (!Poco::File(s.config_file).exists())
        throw ValidationError("--config", Message{MessageCode::config_file_missing, {s.config_file}});
    Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> file(
        new Poco::Util::PropertyFileConfiguration(s.config_file));

    Poco::Path config_path(s.config_file);
    s.config_dir = config_path.parent().toString();
    std::string project_dir = config_path.parent().parent().toString();

    s.database = resolve_database(project_dir, file->getString("hjt.database", "sqlite3://var/hjt.db"));
    s.database = env_or("HJT_DB", s.database);
    if (!db_override.empty()) s.database = db_override;
    s.web_dir = resolve(project_dir, file->getString("hjt.http.web_dir", "src/http/web"));
    const std::string key_file = file->getString("hjt.audit.key_file", "");
    if (!key_file.empty()) s.audit_key_file = resolve(project_dir, key_file);
    try {
        s.port = std::stoi(env_or("HJT_PORT", std::to_string(file->getInt("hjt.http.port", 8080))));
        read_limits(*file, s);
        s.max_body_bytes = file->getInt("hjt.http.max_body_bytes", 1 << 20);
        s.max_import_bytes = file->getInt64("hjt.import.max_file_bytes", 256LL << 20);
        s.retention_years = file->getInt("hjt.retention.years", 5);
    } catch (const ValidationError&) {
        throw;  // names its own key
    } catch (const std::exception& e) {
        throw ValidationError("hjt.http", Message{MessageCode::config_number_unreadable, {e.what()}});
    }
    if (s.retention_years < 5)
        throw ValidationError("hjt.retention.years",
                              Message{MessageCode::retention_years_too_short, {std::to_string(s.retention_years)}});
    return s;
}

void use_audit_key_of(const Settings& settings) {
    const std::string& file = settings.audit_key_file;
    store::use_audit_key(file.empty() ? std::nullopt : std::optional(store::read_audit_key_file(file)));
}

} // namespace hjt
