// Database connections for the server's worker threads.
//
// A SOCI session is not thread-safe and Poco serves requests on a pool of
// threads, so each request borrows one store::Database (its own SQLite
// connection) for its whole duration and gives it back afterwards.
// Connections are opened on demand, at most `capacity`, and reused; under WAL
// the readers on separate connections run in parallel.
//
// Writers take writer_mutex() for their transaction. Database::in_transaction
// begins a DEFERRED transaction; two of those that both read and then write can
// fail with SQLITE_BUSY on the snapshot, which the busy timeout does not retry.
// One writer at a time inside the server removes that case (SQLite admits one
// writer anyway); another process writing meanwhile, such as an import from the
// CLI, is waited for by the busy timeout.
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
