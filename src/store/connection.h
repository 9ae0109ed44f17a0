// Where the store lives, from a connection string (config/hjt.properties'
// hjt.database, HJT_DB or --db):
//   sqlite3://var/hjt.db          an embedded SQLite file (a bare path means the same)
//   sqlite3://var/hjt.db?mode=ro  the same file opened read-only (a copy to read from;
//                                 every write is refused and /healthz is not ready)
//   postgresql://host=db.example dbname=hjt user=hjt schema=egeskov
//                                 a PostgreSQL database: libpq's key=value words, plus
//                                 schema=NAME, the municipality's schema (README "PostgreSQL")
//   postgresql://user@host/db     a libpq URI, passed on as written
#pragma once

#include <string>

namespace hjt::store {

enum class Backend { sqlite, postgresql };

struct Connection {
    Backend backend = Backend::sqlite;
    std::string target;  // SQLite: the file; PostgreSQL: libpq's connection string
    std::string schema;  // PostgreSQL: the schema the session works in ("" = the server's default)
    bool read_only = false;  // SQLite: "?mode=ro" after the file
};

// The suffix of a read-only SQLite file.
inline constexpr const char* kSqliteReadOnly = "?mode=ro";

// Throws ValidationError("hjt.database", ...) for a schema name that is not a
// plain lower-case identifier (it is written into SQL, so it is checked here).
Connection parse_connection(const std::string& text);

} // namespace hjt::store
