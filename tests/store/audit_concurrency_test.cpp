// Several connections appending to the audit chain at once, as several hjt
// serve processes on one PostgreSQL database would: the chain stays one chain
// (no two entries with the same predecessor) and verifies.
#include <catch2/catch.hpp>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

#include "store/audit_log.h"
#include "store/scratch_database.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

constexpr int kWriters = 4;
constexpr int kAppendsEach = 15;

// Each writer opens its own connection, then all start appending together.
// Returns how many appends failed.
int append_concurrently(const std::string& connection, store::Database::Mode mode) {
    std::atomic<int> failures{0};
    std::latch ready(kWriters);
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            store::Database db(connection);
            ready.arrive_and_wait();
            for (int i = 0; i < kAppendsEach; ++i) try {
                    db.in_transaction(
                        [&](soci::session& sql) {
                            store::append_audit(sql, {"writer" + std::to_string(w), "update", "family",
                                                      std::to_string(i), "{}", "{}"});
                        },
                        mode);
                } catch (const std::exception&) {
                    ++failures;
                }
        });
    for (auto& t : writers) t.join();
    return failures;
}

long long forks(soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM (SELECT prev_hash FROM audit_log GROUP BY prev_hash HAVING COUNT(*) > 1) AS shared",
        soci::into(n);
    return n;
}

} // namespace

TEST_CASE("concurrent writers append to one audit chain", "[store][audit][concurrency]") {
    ScratchDatabase scratch("audit_concurrent");
    CHECK(append_concurrently(scratch.path(), store::Database::Mode::write) == 0);
    auto result = store::verify_audit_chain(scratch.sql());
    CHECK(result.ok);
    CHECK(result.entries == kWriters * kAppendsEach);
    CHECK(forks(scratch.sql()) == 0);
}

TEST_CASE("the audit append serialises itself on PostgreSQL, even in a transaction begun without the write lock",
          "[store][audit][concurrency]") {
    // SQLite cannot write from a deferred transaction while another connection
    // commits (SQLITE_BUSY_SNAPSHOT); there the write lock is the only way.
    ScratchDatabase scratch("audit_concurrent_read_mode");
    if (scratch.db().backend() != store::Backend::postgresql) return;
    CHECK(append_concurrently(scratch.path(), store::Database::Mode::read) == 0);
    auto result = store::verify_audit_chain(scratch.sql());
    CHECK(result.ok);
    CHECK(result.entries == kWriters * kAppendsEach);
    CHECK(forks(scratch.sql()) == 0);
}
