#include <catch2/catch.hpp>

#include "app/rate_service.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/rates_store.h"
#include "store/scratch_database.h"
#include "project_config.h"
#include "test_actor.h"

using namespace hjt;
using hjt::test::project_config;
using hjt::testing::ScratchDatabase;

namespace {

long long audit_count(ScratchDatabase& scratch, const std::string& action) {
    long long n = 0;
    scratch.sql() << "SELECT COUNT(*) FROM audit_log WHERE action = :a", soci::use(action), soci::into(n);
    return n;
}

} // namespace

TEST_CASE("seeding copies the missing years and the policy once, audited", "[rates][seed]") {
    ScratchDatabase scratch("rates_seed");
    app::SeedResult first;
    scratch.db().in_transaction(
        [&](soci::session& sql) { first = app::seed_rates_and_policy(sql, "tester", project_config()); });
    CHECK(first.years == std::vector<int>{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026});
    CHECK(first.policy);
    CHECK(audit_count(scratch, "seed") == 10);
    CHECK(store::load_rates(scratch.sql()).year(2024).home_training_cap->amount == Money::kroner(706600));
    CHECK(store::load_policy(scratch.sql(), Date{date::year{2026} / 1 / 1}).oncost_for(2025) == Money::ore(600));

    // A stored year is never overwritten: seeding again adds nothing.
    scratch.sql() << "DELETE FROM rate_values WHERE year = 2019";
    app::SeedResult second;
    scratch.db().in_transaction(
        [&](soci::session& sql) { second = app::seed_rates_and_policy(sql, "tester", project_config()); });
    CHECK(second.years == std::vector<int>{2019});
    CHECK_FALSE(second.policy);
    CHECK(audit_count(scratch, "seed") == 11);
    CHECK(store::verify_audit_chain(scratch.sql()).ok);
}

TEST_CASE("publishing a figure replaces the estimate and audits before and after", "[rates][publish]") {
    ScratchDatabase scratch("rates_publish");
    scratch.db().in_transaction([&](soci::session& sql) { app::seed_rates_and_policy(sql, "tester", project_config()); });

    app::FigureChange change;
    scratch.db().in_transaction([&](soci::session& sql) {
        change = app::publish_figure(sql, test::finance_actor("finance1"), 2025, "home_training_cap", "721.000,00", "satser for 2025");
    });
    CHECK(change.before.value == 72355800);
    CHECK(change.before.estimated);
    CHECK(change.after.value == 72100000);
    CHECK_FALSE(change.after.estimated);
    auto cap = store::load_rates(scratch.sql()).year(2025).home_training_cap;
    CHECK(cap->amount == Money::ore(72100000));
    CHECK_FALSE(cap->estimated);
    CHECK(cap->source == "satser for 2025");

    std::string actor, entity_id, before, after;
    scratch.sql() << "SELECT actor, entity_id, before_json, after_json FROM audit_log WHERE action = 'publish'",
        soci::into(actor), soci::into(entity_id), soci::into(before), soci::into(after);
    CHECK(actor == "finance1");
    CHECK(entity_id == "2025:home_training_cap");
    CHECK(before.find("\"value\":72355800") != std::string::npos);
    CHECK(before.find("\"estimated\":true") != std::string::npos);
    CHECK(after.find("\"value\":72100000") != std::string::npos);
    CHECK(after.find("\"estimated\":false") != std::string::npos);
}

TEST_CASE("a bad published figure is refused and changes nothing", "[rates][publish]") {
    ScratchDatabase scratch("rates_publish_bad");
    scratch.db().in_transaction([&](soci::session& sql) { app::seed_rates_and_policy(sql, "tester", project_config()); });
    auto publish = [&](int year, const std::string& name, const std::string& value, const std::string& source) {
        scratch.db().in_transaction(
            [&](soci::session& sql) { app::publish_figure(sql, test::finance_actor("finance1"), year, name, value, source); });
    };
    auto field_of = [&](int year, const std::string& name, const std::string& value, const std::string& source) {
        try {
            publish(year, name, value, source);
        } catch (const ValidationError& e) {
            return e.field();
        }
        return std::string("accepted");
    };
    CHECK(field_of(2025, "home_trainig_cap", "1,00", "x") == "name");
    CHECK(field_of(2025, "home_training_cap", "721,000.00", "x") == "value");
    CHECK(field_of(2025, "home_training_cap", "721.000,00", " ") == "source");
    CHECK(field_of(2025, "atp.3.from_hours", "20", "x") == "rate_values:2025:atp.3.from_hours");
    CHECK_THROWS_AS(publish(2017, "home_training_cap", "1,00", "x"), NotFound);
    CHECK(audit_count(scratch, "publish") == 0);
    CHECK(store::load_rates(scratch.sql()).year(2025).home_training_cap->estimated);
}

TEST_CASE("a year without rates is opened as estimates copied from the year before, once, by finance",
          "[rates][open_year]") {
    ScratchDatabase scratch("rates_open_year");
    scratch.db().in_transaction([&](soci::session& sql) { app::seed_rates_and_policy(sql, "tester", project_config()); });
    CHECK_THROWS_AS(app::stored_figures_in_order(scratch.sql(), 2027), NotFound);
    CHECK_THROWS_AS(app::open_rate_year(scratch.sql(), test::caseworker_actor("case1"), 2027), Forbidden);
    const auto audit_before = audit_count(scratch, "open");

    std::vector<NamedFigure> opened;
    scratch.db().in_transaction(
        [&](soci::session& sql) { opened = app::open_rate_year(sql, test::finance_actor("finance1"), 2027); });
    const auto last_year = app::stored_figures_in_order(scratch.sql(), 2026);
    REQUIRE(opened.size() == last_year.size());
    for (std::size_t i = 0; i < opened.size(); ++i) {
        CHECK(opened[i].name == last_year[i].name);
        CHECK(opened[i].value == last_year[i].value);
        CHECK(opened[i].estimated);
        CHECK(opened[i].source == "Skøn: uændret fra 2026; erstat med den offentliggjorte sats");
    }
    CHECK(store::load_rates(scratch.sql()).year(2027).home_training_cap->estimated);
    CHECK(audit_count(scratch, "open") == audit_before + 1);
    CHECK_THROWS_AS(app::open_rate_year(scratch.sql(), test::finance_actor("finance1"), 2027), Conflict);
    CHECK_THROWS_AS(app::open_rate_year(scratch.sql(), test::finance_actor("finance1"), 2029), NotFound);
}
