#include "store/backup_copy.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "domain/errors.h"
#include "store/connection.h"
#include "store/sql_dialect.h"

namespace hjt::store {

void copy_sqlite_database(soci::session& sql, const std::string& file) {
    namespace fs = std::filesystem;
    if (fs::exists(file))
        throw ValidationError("--out", "filen findes allerede: " + file + " (en sikkerhedskopi overskriver intet)",
                              "exists");
    try {
        sql << "VACUUM INTO :file", soci::use(file);
    } catch (...) {
        std::error_code ignored;
        fs::remove(file, ignored);  // a half-written copy is no copy
        throw;
    }
}

void open_copy(soci::session& sql, const std::string& connection) {
    const Connection c = parse_connection(connection);
    if (c.backend == Backend::postgresql) {
        // Not open_session: that creates a missing schema, and a copy is only read.
        sql.open(*soci::factory_postgresql(), c.target);
        if (!c.schema.empty()) sql << "SET search_path TO " + c.schema;  // a plain identifier (parse_connection)
    } else {
        if (!std::filesystem::is_regular_file(c.target))
            throw ValidationError("FILE", "sikkerhedskopien findes ikke: " + c.target, "not_found");
        sql.open(*soci::factory_sqlite3(), "db=" + c.target + " readonly=true shared_cache=false");
    }
    const auto tables = table_names(sql);
    if (std::find(tables.begin(), tables.end(), "audit_log") == tables.end())
        throw ValidationError("FILE", "kopien er ikke en hjt-database (intet revisionsspor): " + connection,
                              "not_hjt");
}

std::optional<std::string> audit_entry_hash(soci::session& sql, Id id) {
    std::string hash;
    soci::indicator ind = soci::i_null;
    sql << "SELECT hash FROM audit_log WHERE id = :id", soci::into(hash, ind), soci::use(id);
    if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
    return hash;
}

long long audit_entries_after(soci::session& sql, Id id) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM audit_log WHERE id > :id", soci::into(n), soci::use(id);
    return n;
}

} // namespace hjt::store
