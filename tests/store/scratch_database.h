// A fresh SQLite database per test case in the temp folder, deleted afterwards.
// The name carries the process id and a counter, so test cases (and test
// executables running in parallel under ctest -j) never share a file.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

#include "store/database.h"

namespace hjt::testing {

class ScratchDatabase {
public:
    explicit ScratchDatabase(const std::string& name)
        : path_(std::filesystem::temp_directory_path() /
                ("hjt_" + name + "_" + std::to_string(::getpid()) + "_" + std::to_string(next_number()) + ".db")) {
        remove_files();
        db_ = std::make_unique<store::Database>(path_.string());
    }
    ~ScratchDatabase() {
        db_.reset();
        remove_files();
    }
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    store::Database& db() { return *db_; }
    soci::session& sql() { return db_->session(); }
    std::string path() const { return path_.string(); }

    long long count(const std::string& table) {
        long long n = 0;
        sql() << "SELECT COUNT(*) FROM " + table, soci::into(n);
        return n;
    }

private:
    static int next_number() {
        static std::atomic<int> counter{0};
        return ++counter;
    }
    void remove_files() {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
    }

    std::filesystem::path path_;
    std::unique_ptr<store::Database> db_;
};

} // namespace hjt::testing
