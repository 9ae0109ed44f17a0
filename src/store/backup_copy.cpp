#include "store/backup_copy.h"

#include <soci/sqlite3/soci-sqlite3.h>

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
        open_session(sql, c);
        return;
    }
    if (!std::filesystem::is_regular_file(c.target))
        throw ValidationError("FILE", "sikkerhedskopien findes ikke: " + c.target, "not_found");
    sql.open(*soci::factory_sqlite3(), "db=" + c.target + " readonly=true shared_cache=false");
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
