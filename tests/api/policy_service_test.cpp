#include <catch2/catch.hpp>

#include <algorithm>

#include "app/payout_service.h"
#include "app/policy_service.h"
#include "app/rate_service.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/closed_years.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "project_config.h"
#include "test_actor.h"

using namespace hjt;
using hjt::test::project_config;
using hjt::testing::ScratchDatabase;

namespace {

Date day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }

PolicyChange oncost_2027(const std::string& value) {
    PolicyChange c;
    c.name = "employer_oncost_per_hour.2027";
    c.value = value;
    c.valid_from = day(2027, 1, 1);
    c.reason = "Byrådets budget 2027";
    return c;
}

struct PolicyWorld {
    ScratchDatabase scratch{"policy_changes"};
    PolicyWorld() {
        scratch.db().in_transaction([&](soci::session& sql) { app::seed_rates_and_policy(sql, "tester", project_config()); });
    }
    PolicyChange change(const app::User& actor, const PolicyChange& c) {
        PolicyChange stored;
        scratch.db().in_transaction([&](soci::session& sql) { stored = app::change_policy(sql, actor, c); });
        return stored;
    }
    long long count(const std::string& table) {
        long long n = 0;
        scratch.sql() << "SELECT COUNT(*) FROM " + table, soci::into(n);
        return n;
    }
};

} // namespace

TEST_CASE("finance sets next year's on-cost from 1 January: the 2027 rates use it, 2026 keeps its own",
          "[policy][dated]") {
    PolicyWorld w;
    w.scratch.db().in_transaction(
        [&](soci::session& sql) { app::open_rate_year(sql, test::finance_actor("finance1"), 2027); });
    // Before: 2027 has no on-cost of its own and takes 2026's 6,00 kr.
    CHECK(app::stored_payout_rates(w.scratch.sql(), 2027).oncost_per_hour == Money::ore(600));
    const auto audit_before = w.count("audit_log");
    const PolicyChange stored = w.change(test::finance_actor("finance1"), oncost_2027("6,50"));
    CHECK(stored.id > 0);
    CHECK(stored.set_by == "finance1");
    CHECK(app::stored_payout_rates(w.scratch.sql(), 2027).oncost_per_hour == Money::ore(650));
    CHECK(app::stored_payout_rates(w.scratch.sql(), 2026).oncost_per_hour == Money::ore(600));
    CHECK(w.count("audit_log") == audit_before + 1);
    CHECK(store::verify_audit_chain(w.scratch.sql()).ok);

    // Shown with where each value comes from: the change on 1 January 2027, not before.
    const auto view = app::show_policy(w.scratch.sql(), test::finance_actor("finance1"), day(2027, 1, 1));
    const auto setting = std::find_if(view.settings.begin(), view.settings.end(),
                                      [](const auto& s) { return s.name == "employer_oncost_per_hour.2027"; });
    REQUIRE(setting != view.settings.end());
    CHECK(setting->value == "6,50");
    REQUIRE(setting->since);
    CHECK(setting->since->reason == "Byrådets budget 2027");
    const auto window = std::find_if(view.settings.begin(), view.settings.end(),
                                     [](const auto& s) { return s.name == "window.start"; });
    REQUIRE(window != view.settings.end());
    CHECK_FALSE(window->since);  // as hjt init stored it
    const auto earlier = app::show_policy(w.scratch.sql(), test::finance_actor("finance1"), day(2026, 12, 31));
    CHECK(std::none_of(earlier.settings.begin(), earlier.settings.end(),
                       [](const auto& s) { return s.name == "employer_oncost_per_hour.2027"; }));
    CHECK(earlier.changes.size() == 1);  // the coming change is listed
}

TEST_CASE("only finance changes the policy, a bad change stores nothing", "[policy][dated][refusals]") {
    PolicyWorld w;
    const auto audit_before = w.count("audit_log");
    CHECK_THROWS_AS(w.change(test::caseworker_actor("case1"), oncost_2027("6,50")), Forbidden);
    CHECK_THROWS_AS(w.change(test::finance_actor("finance1"), oncost_2027("seks")), ValidationError);
    PolicyChange mid_year = oncost_2027("6,50");
    mid_year.valid_from = day(2027, 7, 1);
    CHECK_THROWS_AS(w.change(test::finance_actor("finance1"), mid_year), ValidationError);
    CHECK(w.count("policy_changes") == 0);
    CHECK(w.count("audit_log") == audit_before);
}

TEST_CASE("a change dated into a year a final reconciliation closed is refused", "[policy][dated][refusals]") {
    PolicyWorld w;
    const Id family = store::insert_family(w.scratch.sql(), testing::sample_family());
    store::close_year(w.scratch.sql(), family, 2026, "2027-01-31T12:00:00Z", "test-setup");
    PolicyChange pooling;
    pooling.name = "reconciliation.pool_hours_over_year";
    pooling.value = "false";
    pooling.valid_from = day(2026, 1, 1);
    pooling.reason = "ændret praksis";
    CHECK_THROWS_AS(w.change(test::finance_actor("finance1"), pooling), Conflict);
    CHECK(w.count("policy_changes") == 0);
    pooling.valid_from = day(2027, 1, 1);  // the next, open year
    CHECK_NOTHROW(w.change(test::finance_actor("finance1"), pooling));
}
