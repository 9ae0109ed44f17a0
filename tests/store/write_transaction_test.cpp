// Two connections that each read a value and then write what they read plus
// one, overlapping in time: the classic lost update. A write transaction holds
// the lock from its BEGIN, so the second waits, reads the first one's value
// and both commit (with a deferred BEGIN the second fails with SQLITE_BUSY on
// its stale snapshot). Reads begin deferred and do not wait for a writer.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "scratch_database.h"

using hjt::store::Database;
using hjt::testing::ScratchDatabase;

namespace {

long long counter(soci::session& sql) {
    long long value = 0;
    sql << "SELECT value FROM rate_values WHERE year = 1999 AND name = 'counter'", soci::into(value);
    return value;
}

} // namespace

TEST_CASE("two write transactions that read then write run one after the other: no update is lost",
          "[store][transaction]") {
    ScratchDatabase scratch("write_transaction");
    scratch.sql() << "INSERT INTO rate_values (year, name, value, source) VALUES (1999, 'counter', 0, 'test')";
    std::atomic<int> failures{0};
    auto increment = [&] {
        try {
            Database db(scratch.path());
            db.in_transaction([](soci::session& sql) {
                long long seen = counter(sql);
                std::this_thread::sleep_for(std::chrono::milliseconds(150));  // the other one reads meanwhile
                sql << "UPDATE rate_values SET value = :v WHERE year = 1999 AND name = 'counter'", soci::use(seen + 1);
            });
        } catch (const std::exception& e) {
            UNSCOPED_INFO(e.what());
            ++failures;
        }
    };
    std::thread a(increment), b(increment);
    a.join();
    b.join();
    CHECK(failures == 0);
    CHECK(counter(scratch.sql()) == 2);
}

TEST_CASE("a read transaction does not wait for a writer that holds the lock", "[store][transaction]") {
    ScratchDatabase scratch("read_transaction");
    scratch.sql() << "INSERT INTO rate_values (year, name, value, source) VALUES (1999, 'counter', 7, 'test')";
    Database writer(scratch.path());
    writer.in_transaction([&](soci::session& sql) {
        sql << "UPDATE rate_values SET value = 8 WHERE year = 1999 AND name = 'counter'";
        // Same thread, other connection: a read that waited for the lock would deadlock until the busy timeout.
        Database reader(scratch.path());
        auto started = std::chrono::steady_clock::now();
        long long seen = 0;
        reader.in_transaction([&](soci::session& r) { seen = counter(r); }, Database::Mode::read);
        CHECK(seen == 7);  // the committed value, not the one being written
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
    });
    CHECK(counter(scratch.sql()) == 8);
}

TEST_CASE("a transaction whose work throws leaves nothing and the connection usable", "[store][transaction]") {
    ScratchDatabase scratch("rollback_transaction");
    auto insert = [](soci::session& sql) {
        sql << "INSERT INTO rate_values (year, name, value, source) VALUES (1999, 'counter', 1, 'test')";
    };
    CHECK_THROWS_WITH(scratch.db().in_transaction([&](soci::session& sql) {
        insert(sql);
        throw std::runtime_error("fail after the insert");
    }),
                      "fail after the insert");
    CHECK(scratch.count("rate_values") == 0);
    scratch.db().in_transaction(insert);
    CHECK(scratch.count("rate_values") == 1);
}
