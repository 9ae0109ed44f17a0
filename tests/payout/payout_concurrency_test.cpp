// Two connections (as two hjt serve processes on one database would have)
// preparing or approving the same month at the same moment: the database, not
// a mutex in one process, admits one run per month and one approval.
#include <catch2/catch.hpp>

#include <atomic>
#include <functional>
#include <latch>
#include <thread>

#include "domain/errors.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/audit_log.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

struct Outcomes {
    std::atomic<int> done{0}, conflicts{0}, failures{0};  // failures: any other error
};

// Runs `work` for each actor on a connection of its own, all starting together.
void at_once(const std::string& connection, const std::vector<std::string>& actors,
             const std::function<void(soci::session&, const std::string&)>& work, Outcomes& outcomes) {
    std::latch ready(static_cast<std::ptrdiff_t>(actors.size()));
    std::vector<std::thread> threads;
    for (const auto& actor : actors)
        threads.emplace_back([&, actor] {
            store::Database db(connection);
            ready.arrive_and_wait();
            try {
                db.in_transaction([&](soci::session& sql) { work(sql, actor); });
                ++outcomes.done;
            } catch (const Conflict&) {
                ++outcomes.conflicts;
            } catch (const std::exception&) {
                ++outcomes.failures;
            }
        });
    for (auto& t : threads) t.join();
}

struct AprilRegister {
    PayoutRegister reg;
    explicit AprilRegister(const std::string& name) : reg(name) {
        Id family = reg.family("Familien Hansen");
        Id child = reg.child(family, day(2015, 6, 1));
        reg.grant(child, day(2024, 1, 1), 2000, 13500);
        reg.approved_expense(family, child, day(2024, 4, 3), 49900);
    }
};

} // namespace

TEST_CASE("two connections approving one run at once: one approves, the ledger is posted once",
          "[payout][concurrency]") {
    AprilRegister f("payout_approve_race");
    f.reg.prepare("anna", month(2024, 4));
    long long lines = 0;
    f.reg.sql() << "SELECT COUNT(*) FROM payout_lines WHERE amount_ore <> 0", soci::into(lines);
    REQUIRE(lines > 0);

    Outcomes outcomes;
    at_once(f.reg.path(), {"bent", "carl", "dora"},
            [](soci::session& sql, const std::string& actor) { app::approve_payout(sql, test::finance_actor(actor), month(2024, 4)); },
            outcomes);
    CHECK(outcomes.done == 1);
    CHECK(outcomes.conflicts == 2);
    CHECK(outcomes.failures == 0);
    CHECK(f.reg.count("ledger_postings") == lines);
    CHECK(store::verify_audit_chain(f.reg.sql()).ok);
}

TEST_CASE("two connections preparing one month at once store one run", "[payout][concurrency]") {
    AprilRegister f("payout_prepare_race");
    Outcomes outcomes;
    at_once(f.reg.path(), {"anna", "bent"},
            [](soci::session& sql, const std::string& actor) {
                app::prepare_payout(sql, test::finance_actor(actor), month(2024, 4), example_rates());
            },
            outcomes);
    CHECK(outcomes.failures == 0);
    CHECK(outcomes.done == 2);  // the second finds the first's draft and replaces it with the same lines
    CHECK(f.reg.count("payout_runs") == 1);
    CHECK(store::verify_audit_chain(f.reg.sql()).ok);
}
