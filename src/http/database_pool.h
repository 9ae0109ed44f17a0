// Database connections for the server's worker threads.
//
// A SOCI session is not thread-safe and Poco serves requests on a pool of
// threads, so each request borrows one store::Database (its own SQLite
// connection) for its whole duration and gives it back afterwards.
// Connections are opened on demand, at most `capacity`, and reused; under WAL
// the readers on separate connections run in parallel.
//
// Writers take writer_mutex() for their transaction, which begins with the
// write lock (Database::Mode::write), so requests that read and then write run
// one after the other and never fail on a stale snapshot; another process
// writing meanwhile, such as an import from the CLI, is waited for by the busy
// timeout. The mutex lets the server's writers queue in order instead of
// polling SQLite's lock. Reads begin deferred and run in parallel under WAL.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/database.h"

namespace hjt::http {

class DatabasePool {
public:
    // Opens (and migrates) the first connection at once, so a bad path or
    // schema fails at start-up rather than on the first request.
    DatabasePool(std::string path, std::size_t capacity);

    class Lease {
    public:
        Lease(DatabasePool& pool, std::unique_ptr<store::Database> db) : pool_(&pool), db_(std::move(db)) {}
        Lease(Lease&&) = default;
        ~Lease();
        store::Database& operator*() { return *db_; }
        store::Database* operator->() { return db_.get(); }

    private:
        DatabasePool* pool_;
        std::unique_ptr<store::Database> db_;
    };

    // Waits while all `capacity` connections are lent out.
    Lease borrow();
    std::mutex& writer_mutex() { return writer_; }

private:
    void give_back(std::unique_ptr<store::Database> db);

    std::string path_;
    std::size_t capacity_;
    std::size_t opened_ = 0;
    std::vector<std::unique_ptr<store::Database>> idle_;
    std::mutex mutex_;
    std::condition_variable returned_;
    std::mutex writer_;
};

} // namespace hjt::http
