// A fresh database per test case, removed afterwards: a SQLite file in the temp
// folder, or, when HJT_TEST_DATABASE holds a PostgreSQL connection string
// (tests/postgres/throwaway-cluster.sh sets it), a schema of its own in that
// database. The name carries the process id and a counter, so test cases (and
// test executables running in parallel under ctest -j) never share one.
#pragma once

#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "store/connection.h"
#include "store/database.h"

namespace hjt::testing {

// The PostgreSQL database the tests run against, or "" for SQLite files.
inline std::string test_server() {
    const char* value = std::getenv("HJT_TEST_DATABASE");
    return value ? value : "";
}

// The connection string of a database no other test case uses (nothing is
// opened yet); the database is removed when this goes away.
class ScratchConnection {
public:
    explicit ScratchConnection(const std::string& name) : unique_name_(unique(name)), server_(test_server()) {
        connection_ = server_.empty() ? (std::filesystem::temp_directory_path() / (unique_name_ + ".db")).string()
                                      : server_ + " schema=" + unique_name_;
        remove();
    }
    ~ScratchConnection() { remove(); }
    ScratchConnection(const ScratchConnection&) = delete;
    ScratchConnection& operator=(const ScratchConnection&) = delete;

    // For Database, --db and HJT_DB.
    const std::string& connection() const { return connection_; }
    // A file in the temp folder belonging to this test case, e.g. for captured output.
    std::string side_file(const std::string& suffix) const {
        return (std::filesystem::temp_directory_path() / (unique_name_ + suffix)).string();
    }
    bool on_postgresql() const { return !server_.empty(); }

private:
    // Lower case, so the same text is a SQLite file name and a PostgreSQL schema name.
    static std::string unique(const std::string& name) {
        static std::atomic<int> counter{0};
        std::string safe = "hjt_";
        for (char c : name.substr(0, 30))
            safe += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
        return safe + "_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    }
    void remove() {
        if (server_.empty()) {
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(connection_ + suffix);
            return;
        }
        soci::session sql(*soci::factory_postgresql(), store::parse_connection(server_).target);
        sql << "SET client_min_messages = warning";
        sql << "DROP SCHEMA IF EXISTS " + unique_name_ + " CASCADE";
    }

    std::string unique_name_;
    std::string server_;
    std::string connection_;
};

class ScratchDatabase {
public:
    explicit ScratchDatabase(const std::string& name) : connection_(name) {
        db_ = std::make_unique<store::Database>(connection_.connection());
    }
    ~ScratchDatabase() { db_.reset(); }
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    store::Database& db() { return *db_; }
    soci::session& sql() { return db_->session(); }
    // The connection string (a file path on SQLite): for --db and a second Database.
    std::string path() const { return connection_.connection(); }
    std::string side_file(const std::string& suffix) const { return connection_.side_file(suffix); }

    long long count(const std::string& table) {
        long long n = 0;
        sql() << "SELECT COUNT(*) FROM " + table, soci::into(n);
        return n;
    }

private:
    ScratchConnection connection_;
    std::unique_ptr<store::Database> db_;
};

} // namespace hjt::testing
