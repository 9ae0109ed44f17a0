#include "store/writability.h"

#include <sys/statvfs.h>
#include <unistd.h>

#include <filesystem>

#include "store/connection.h"

namespace hjt::store {
namespace {

// Below this much free space a write is refused as a full disk would refuse
// it: a transaction and the WAL checkpoint after it need room for their pages.
constexpr unsigned long long kMinFreeBytes = 8ull << 20;

Writability sqlite_writability(const Connection& c) {
    if (c.read_only) return {false, "databasen er åbnet skrivebeskyttet (" + std::string(kSqliteReadOnly) + ")"};
    const std::filesystem::path file = std::filesystem::absolute(c.target);
    const std::filesystem::path folder = file.parent_path();
    if (::access(file.c_str(), W_OK) != 0) return {false, "databasefilen er skrivebeskyttet"};
    if (::access(folder.c_str(), W_OK) != 0) return {false, "databasens mappe er skrivebeskyttet"};
    struct statvfs disk {};
    if (::statvfs(folder.c_str(), &disk) == 0 &&
        static_cast<unsigned long long>(disk.f_bavail) * disk.f_frsize < kMinFreeBytes)
        return {false, "disken er fuld"};
    return {};
}

Writability postgres_writability(soci::session& sql) {
    int standby = 0;
    sql << "SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END", soci::into(standby);
    if (standby == 1) return {false, "databaseserveren er en skrivebeskyttet standby"};
    std::string read_only;
    sql << "SHOW default_transaction_read_only", soci::into(read_only);
    if (read_only == "on") return {false, "databaseserveren tager kun imod læsning (default_transaction_read_only)"};
    return {};
}

} // namespace

Writability check_writable(soci::session& sql, const std::string& connection) {
    const Connection c = parse_connection(connection);
    return c.backend == Backend::sqlite ? sqlite_writability(c) : postgres_writability(sql);
}

} // namespace hjt::store
