// A run's header must add up to its lines before the run is written (with the
// content hash the approver approves): a total, a line count or a held-back
// sum that does not fires InvariantBroken and nothing is stored.
#include <catch2/catch.hpp>

#include "domain/invariant.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/payout_store.h"

using namespace hjt;
using namespace hjt::test;

namespace {

PayoutLine line_of(Id family, Id child, long long ore, std::string held_back = "") {
    PayoutLine l;
    l.family_id = family;
    l.child_id = child;
    l.month_concerned = month(2024, 4);
    l.amount = l.computed = Money::ore(ore);
    l.description = "Linje";
    l.held_back = std::move(held_back);
    return l;
}

// 100,00 + 50,25 kr, the second held back: total 150,25 kr, 50,25 kr held back.
PayoutRun adding_up(Id family) {
    PayoutRun run;
    run.header.month = month(2024, 4);
    run.header.prepared_by = "anna";
    run.header.prepared_at = "2024-04-25T10:00:00Z";
    run.lines = {line_of(family, 1, 10000), line_of(family, 2, 5025, "ingen bankkonto for familien")};
    run.header.total = Money::ore(15025);
    run.header.line_count = 2;
    run.header.held_back = Money::ore(5025);
    run.header.content_hash = store::content_hash(run);
    return run;
}

} // namespace

TEST_CASE("a run's header adds up to its lines, or the invariant fires", "[payout][invariant]") {
    PayoutRun run = adding_up(1);
    CHECK_NOTHROW(check_header_matches_lines(run));

    run.header.total += Money::ore(1);
    CHECK_THROWS_WITH(check_header_matches_lines(run), Catch::Contains("a run's total is the sum of its lines"));

    run = adding_up(1);
    run.header.line_count = 3;
    CHECK_THROWS_AS(check_header_matches_lines(run), InvariantBroken);

    run = adding_up(1);
    run.header.held_back = Money();
    CHECK_THROWS_WITH(check_header_matches_lines(run), Catch::Contains("held-back total"));
}

TEST_CASE("a run whose total is not the sum of its lines is not stored", "[payout][invariant][store]") {
    PayoutRegister reg("payout_invariant");
    PayoutRun run = adding_up(reg.family("Familie A"));
    run.header.total = Money::ore(15024);
    CHECK_THROWS_AS(reg.db().in_transaction([&](soci::session& sql) { store::store_draft_run(sql, run, ""); }),
                    InvariantBroken);
    CHECK(reg.count("payout_runs") == 0);
    CHECK(reg.count("payout_lines") == 0);

    run.header.total = Money::ore(15025);
    reg.db().in_transaction([&](soci::session& sql) { store::store_draft_run(sql, run, ""); });
    CHECK(reg.count("payout_lines") == 2);
}
