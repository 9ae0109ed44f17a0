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
    return c.backend == store::Backend::sqlite ? resolve(base_dir, c.target) : connection;
}

} // namespace

Settings load_settings(const std::string& config_override, const std::string& db_override) {
    Settings s;
    std::string home = env_or("HJT_HOME", ".");
    s.config_file = !config_override.empty() ? config_override
                                             : env_or("HJT_CONFIG", resolve(home, "config/hjt.properties"));
    if (!Poco::File(s.config_file).exists())
        throw ValidationError("--config", "configuration file not found: " + s.config_file);
    Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> file(
        new Poco::Util::PropertyFileConfiguration(s.config_file));

    Poco::Path config_path(s.config_file);
    s.config_dir = config_path.parent().toString();
    std::string project_dir = config_path.parent().parent().toString();

    s.database = resolve_database(project_dir, file->getString("hjt.database", "sqlite3://var/hjt.db"));
    s.database = env_or("HJT_DB", s.database);
    if (!db_override.empty()) s.database = db_override;
    s.output_dir = resolve(project_dir, file->getString("hjt.output_dir", "var/out"));
    s.web_dir = resolve(project_dir, file->getString("hjt.http.web_dir", "src/http/web"));
    const std::string key_file = file->getString("hjt.audit.key_file", "");
    if (!key_file.empty()) s.audit_key_file = resolve(project_dir, key_file);
    try {
        s.port = std::stoi(env_or("HJT_PORT", std::to_string(file->getInt("hjt.http.port", 8080))));
        s.session_minutes = file->getInt("hjt.http.session_minutes", 60);
        s.max_body_bytes = file->getInt("hjt.http.max_body_bytes", 1 << 20);
        s.max_import_bytes = file->getInt64("hjt.import.max_file_bytes", 256LL << 20);
        s.retention_years = file->getInt("hjt.retention.years", 5);
    } catch (const std::exception& e) {
        throw ValidationError("hjt.http", std::string("bad number in configuration: ") + e.what());
    }
    if (s.retention_years < 5)
        throw ValidationError("hjt.retention.years",
                              "hjt.retention.years skal være mindst 5 (bogføringslovens opbevaringsperiode), fik " +
                                  std::to_string(s.retention_years));
    return s;
}

void use_audit_key_of(const Settings& settings) {
    const std::string& file = settings.audit_key_file;
    store::use_audit_key(file.empty() ? std::nullopt : std::optional(store::read_audit_key_file(file)));
}

} // namespace hjt
