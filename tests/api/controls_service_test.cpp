// Issue 16 items 3, 6 and 8 at the service layer, which the API, the CLI and
// the importer all call: absurd amounts are refused by documented ranges,
// expenses have four eyes and a budget check, and lost-earnings awards do not
// overlap. Every refusal names the field (or the rule) and stores nothing.
#include <catch2/catch.hpp>

#include <limits>

#include "app/expense_budget.h"
#include "app/rate_service.h"
#include "app/register_service.h"
#include "domain/errors.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;
using hjt::testing::ymd;

namespace {

const app::User kSubmitter = hjt::test::caseworker_actor("caseworker1");
const app::User kDecider = hjt::test::caseworker_actor("caseworker2");
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

struct ExpenseWorld {
    ScratchDatabase scratch;
    Family family;
    Child child;
    Grant grant;  // sample_grant: 2026, "training tools" budget 20.000 kr a year

    explicit ExpenseWorld(const std::string& name) : scratch(name) {
        auto& sql = scratch.sql();
        family = app::create_family(sql, kSubmitter, testing::sample_family());
        child = app::create_child(sql, kSubmitter, testing::sample_child(family.id));
        grant = app::create_grant(sql, kSubmitter, testing::sample_grant(child.id));
    }
    soci::session& sql() { return scratch.sql(); }
    long long audit_entries() { return scratch.count("audit_log"); }

    Expense expense(Money amount, const std::string& category = "training tools") {
        Expense e = testing::sample_expense(family.id, child.id);
        e.amount = amount;
        e.category = category;
        return app::create_expense(sql(), kSubmitter, e);
    }
};

// Runs `call` in one transaction, as the API does; requires a ValidationError
// naming `field` with `code`, and that no table changed.
template <class Call>
void require_refused(ExpenseWorld& w, const std::string& field, const std::string& code, Call call) {
    const std::vector<std::string> tables = {"expenses", "helpers", "grant_versions", "lost_earnings_awards",
                                             "audit_log"};
    std::vector<long long> before;
    for (const auto& t : tables) before.push_back(w.scratch.count(t));
    try {
        w.scratch.db().in_transaction([&](soci::session& sql) { call(sql); });
        FAIL("accepted, expected a refusal naming " << field);
    } catch (const ValidationError& e) {
        CHECK(e.field() == field);
        CHECK(e.code() == code);
    }
    std::vector<long long> after;
    for (const auto& t : tables) after.push_back(w.scratch.count(t));
    CHECK(after == before);
}

} // namespace

TEST_CASE("an expense of 9223372036854775807 øre is refused, as is one above the year cap", "[service][limits]") {
    ExpenseWorld w("controls_expense_limits");
    require_refused(w, "amount", "out_of_range", [&](soci::session& sql) {
        Expense e = testing::sample_expense(w.family.id, w.child.id);
        e.amount = Money::ore(kInt64Max);
        app::create_expense(sql, kSubmitter, e);
    });
    // Without a rate table for the year the ceiling of any amount holds (10 mio. kr) ...
    require_refused(w, "amount", "out_of_range", [&](soci::session& sql) {
        Expense e = testing::sample_expense(w.family.id, w.child.id);
        e.amount = Money::kroner(10'000'000) + Money::ore(1);
        app::create_expense(sql, kSubmitter, e);
    });
    // ... with one, the year's home-training cap (2026: 740.924 kr, config/rates/2026.properties).
    w.scratch.db().in_transaction([](soci::session& sql) { app::seed_rates_and_policy(sql, "test-setup", "config"); });
    require_refused(w, "amount", "out_of_range", [&](soci::session& sql) {
        Expense e = testing::sample_expense(w.family.id, w.child.id);
        e.amount = Money::kroner(740924) + Money::ore(1);
        app::create_expense(sql, kSubmitter, e);
    });
    Expense at_cap = testing::sample_expense(w.family.id, w.child.id);
    at_cap.amount = Money::kroner(740924);
    CHECK(app::create_expense(w.sql(), kSubmitter, at_cap).id > 0);
}

TEST_CASE("wages, hours, rates and dates outside their ranges are refused for helpers, grants and awards",
          "[service][limits]") {
    ExpenseWorld w("controls_register_limits");
    require_refused(w, "hourly_wage", "out_of_range", [&](soci::session& sql) {
        Helper h = testing::sample_helper(w.family.id);
        h.hourly_wage = Money::ore(kInt64Max);  // gave a helper line of −92 quadrillion kr
        app::create_helper(sql, kSubmitter, h);
    });
    require_refused(w, "tax_card.monthly_deduction", "out_of_range", [&](soci::session& sql) {
        Helper h = testing::sample_helper(w.family.id);
        h.tax_card.monthly_deduction = Money::kroner(100'000) + Money::ore(1);
        app::create_helper(sql, kSubmitter, h);
    });
    require_refused(w, "employment_from", "out_of_range", [&](soci::session& sql) {
        Helper h = testing::sample_helper(w.family.id);
        h.employment.from = ymd(1899, 1, 1);
        app::create_helper(sql, kSubmitter, h);
    });
    require_refused(w, "hourly_wage", "out_of_range", [&](soci::session& sql) {
        GrantVersion v = testing::sample_version(ymd(2026, 7, 1));
        v.grant_id = w.grant.id;
        v.hourly_wage = Money::kroner(2000) + Money::ore(1);
        app::add_grant_version(sql, kSubmitter, v);
    });
    require_refused(w, "weekly_hours", "out_of_range", [&](soci::session& sql) {
        GrantVersion v = testing::sample_version(ymd(2026, 7, 1), 16801);
        v.grant_id = w.grant.id;
        app::add_grant_version(sql, kSubmitter, v);
    });
    require_refused(w, "fixed_lines.monthly_amount", "out_of_range", [&](soci::session& sql) {
        GrantVersion v = testing::sample_version(ymd(2026, 7, 1));
        v.grant_id = w.grant.id;
        v.fixed_lines[0].monthly_amount = Money::ore(kInt64Max);
        app::add_grant_version(sql, kSubmitter, v);
    });
    require_refused(w, "monthly_income_before", "out_of_range", [&](soci::session& sql) {
        LostEarningsAward a = testing::sample_award(w.child.id);
        a.monthly_income_before = Money::kroner(500'000) + Money::ore(1);
        app::create_award(sql, kSubmitter, a);
    });
    require_refused(w, "monthly_saved_costs", "out_of_range", [&](soci::session& sql) {
        LostEarningsAward a = testing::sample_award(w.child.id);
        a.monthly_saved_costs = a.monthly_income_before + Money::ore(1);
        app::create_award(sql, kSubmitter, a);
    });
    require_refused(w, "former_employer_pension", "out_of_range", [&](soci::session& sql) {
        LostEarningsAward a = testing::sample_award(w.child.id);
        a.former_employer_pension = Rate::basis_points(10001);
        app::create_award(sql, kSubmitter, a);
    });
    require_refused(w, "normal_weekly_hours", "out_of_range", [&](soci::session& sql) {
        LostEarningsAward a = testing::sample_award(w.child.id);
        a.normal_weekly_hours = Hours::hundredths(16801);
        app::create_award(sql, kSubmitter, a);
    });
}

TEST_CASE("a caseworker cannot decide its own expense, another user can", "[service][expense][four-eyes]") {
    // Issue 16 item 6: caseworker1 submitted and approved its own 49.999 kr expense.
    ExpenseWorld w("controls_expense_four_eyes");
    Expense e = w.expense(Money::kroner(49999), "courses without budget");
    CHECK(e.submitted_by == kSubmitter.username);
    long long audit = w.audit_entries();
    CHECK_THROWS_AS(app::decide_expense(w.sql(), kSubmitter, e.id, ExpenseStatus::approved, ""), Conflict);
    CHECK_THROWS_AS(app::decide_expense(w.sql(), kSubmitter, e.id, ExpenseStatus::rejected, "nej"), Conflict);
    CHECK(store::find_expense(w.sql(), e.id)->status == ExpenseStatus::submitted);
    CHECK(w.audit_entries() == audit);

    Expense approved = app::decide_expense(w.sql(), kDecider, e.id, ExpenseStatus::approved, "");
    CHECK(approved.status == ExpenseStatus::approved);
    CHECK(store::find_expense(w.sql(), e.id)->submitted_by == kSubmitter.username);
    CHECK(store::find_expense(w.sql(), e.id)->decided_by == kDecider.username);
}

TEST_CASE("a document reference must name a document: at least 3 characters, one a letter or digit",
          "[service][expense]") {
    ExpenseWorld w("controls_document_ref");
    for (const char* bad : {"x", "", "  ", "ab", "...", "- -"}) {
        INFO(bad);
        require_refused(w, "document_ref", "document_ref_too_short", [&](soci::session& sql) {
            Expense e = testing::sample_expense(w.family.id, w.child.id);
            e.document_ref = bad;
            app::create_expense(sql, kSubmitter, e);
        });
    }
    for (const char* good : {"B-1", "123", "Kvittering Føtex", "bilag-17"}) {
        Expense e = testing::sample_expense(w.family.id, w.child.id);
        e.document_ref = good;
        CHECK(app::create_expense(w.sql(), kSubmitter, e).document_ref == good);
    }
}

TEST_CASE("deciding an expense shows the category's remaining budget, beyond it the approval needs a reason and is "
          "flagged",
          "[service][expense][budget]") {
    // Issue 16 item 6: an expense over the category budget was paid in full
    // without anyone seeing the budget, and claimed back at year end.
    ExpenseWorld w("controls_expense_budget");
    Expense first = w.expense(Money::kroner(15000));
    auto status = app::expense_budget_status(w.sql(), first);
    CHECK(status.year == 2026);
    REQUIRE(status.budget);
    CHECK(*status.budget == Money::kroner(20000));
    CHECK(*status.remaining == Money::kroner(20000));
    CHECK_FALSE(status.over_budget);
    app::decide_expense(w.sql(), kDecider, first.id, ExpenseStatus::approved, "");

    Expense second = w.expense(Money::ore(600001));  // 6.000,01 kr of the 5.000 kr left
    status = app::expense_budget_status(w.sql(), second);
    CHECK(status.approved == Money::kroner(15000));
    CHECK(*status.remaining == Money::kroner(5000));
    CHECK(status.over_budget);
    require_refused(w, "reason", "over_budget", [&](soci::session& sql) {
        app::decide_expense(sql, kDecider, second.id, ExpenseStatus::approved, "  ");
    });
    CHECK(store::find_expense(w.sql(), second.id)->status == ExpenseStatus::submitted);

    Expense approved = app::decide_expense(w.sql(), kDecider, second.id, ExpenseStatus::approved,
                                           "Specialstol nødvendig; budgettet forhøjes ved revurdering");
    CHECK(approved.status == ExpenseStatus::approved);
    auto stored = store::find_expense(w.sql(), second.id);
    CHECK(stored->over_budget_reason == "Specialstol nødvendig; budgettet forhøjes ved revurdering");

    // Within the budget a decision is not flagged; a category without a budget has no limit but its approval.
    Expense small = w.expense(Money::kroner(100), "courses");  // 15.000,50 kr budget
    CHECK(app::decide_expense(w.sql(), kDecider, small.id, ExpenseStatus::approved, "").over_budget_reason.empty());
    Expense unbudgeted = w.expense(Money::kroner(30000), "no such budget");
    CHECK_FALSE(app::expense_budget_status(w.sql(), unbudgeted).budget);
    CHECK(app::decide_expense(w.sql(), kDecider, unbudgeted.id, ExpenseStatus::approved, "")
              .over_budget_reason.empty());
    // A rejection never needs the budget.
    Expense rejected = w.expense(Money::kroner(90000));
    CHECK(app::decide_expense(w.sql(), kDecider, rejected.id, ExpenseStatus::rejected, "for dyrt").status ==
          ExpenseStatus::rejected);
}

TEST_CASE("overlapping lost-earnings awards for the same parent and child are refused, naming the other award",
          "[service][award]") {
    // Issue 16 item 8: two overlapping full-time awards were both paid.
    ExpenseWorld w("controls_award_overlap");
    LostEarningsAward first = app::create_award(w.sql(), kSubmitter, testing::sample_award(w.child.id));  // Jan–Jun
    for (Period overlapping : {Period{ymd(2026, 3, 1), ymd(2026, 12, 31)}, Period{ymd(2025, 1, 1), std::nullopt},
                               Period{ymd(2026, 6, 30), ymd(2026, 6, 30)}}) {
        try {
            w.scratch.db().in_transaction([&](soci::session& sql) {
                LostEarningsAward again = testing::sample_award(w.child.id);
                again.period = overlapping;
                app::create_award(sql, kSubmitter, again);
            });
            FAIL("an overlapping award was stored");
        } catch (const ValidationError& e) {
            CHECK(e.field() == "period_from");
            CHECK(e.code() == "overlap");
            CHECK(std::string(e.what()).find("bevilling " + std::to_string(first.id)) != std::string::npos);
        }
    }
    CHECK(w.scratch.count("lost_earnings_awards") == 1);

    LostEarningsAward after = testing::sample_award(w.child.id);
    after.period = Period{ymd(2026, 7, 1), ymd(2026, 12, 31)};  // the day after the first ends
    CHECK(app::create_award(w.sql(), kSubmitter, after).id > 0);
    LostEarningsAward other_parent = testing::sample_award(w.child.id);
    other_parent.parent_cpr = "0202854321";
    other_parent.parent_name = "Peter Jensen";
    CHECK(app::create_award(w.sql(), kSubmitter, other_parent).id > 0);
    // Changing an award's payees is not an overlap with itself.
    CHECK_NOTHROW(app::set_award_accounts(w.sql(), kSubmitter, first.id, BankAccount{"1234", "0000123456"}, std::nullopt));
}
