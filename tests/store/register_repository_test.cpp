#include <catch2/catch.hpp>

#include <map>

#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;
using hjt::testing::ymd;

TEST_CASE("a family round-trips, with and without a bank account", "[store][register]") {
    ScratchDatabase scratch("repo_family");
    auto& sql = scratch.sql();
    Family f = testing::sample_family();
    f.id = store::insert_family(sql, f);
    auto read = store::find_family(sql, f.id);
    REQUIRE(read);
    CHECK(read->name == "Familien Jensen");
    CHECK(read->cvr == "10000009");
    REQUIRE(read->bank);
    CHECK(read->bank->reg_no == "1234");
    CHECK(read->bank->account_no == "0012345678");
    CHECK(read->contact_email == "jensen@example.dk");
    CHECK(read->contact_phone == "12345678");
    CHECK(read->status == "active");

    f.bank.reset();
    f.status = "closed";
    store::update_family(sql, f);
    read = store::find_family(sql, f.id);
    CHECK_FALSE(read->bank);
    CHECK(read->status == "closed");
    CHECK(store::find_family_by_cvr(sql, "10000009")->id == f.id);
    CHECK_FALSE(store::find_family_by_cvr(sql, "10000017"));
    CHECK_FALSE(store::find_family(sql, f.id + 1));

    store::insert_family(sql, testing::sample_family("10000017"));
    auto all = store::list_families(sql);
    REQUIRE(all.size() == 2);
    CHECK(all[1].cvr == "10000017");
}

TEST_CASE("children and helpers round-trip, including an open employment end", "[store][register]") {
    ScratchDatabase scratch("repo_child_helper");
    auto& sql = scratch.sql();
    Id family = store::insert_family(sql, testing::sample_family());

    Child c = testing::sample_child(family);
    c.id = store::insert_child(sql, c);
    auto child = store::find_child(sql, c.id);
    REQUIRE(child);
    CHECK(child->family_id == family);
    CHECK(child->cpr == "140315-4002");
    CHECK(child->birth_date == ymd(2015, 3, 14));
    c.name = "Emma K. Jensen";
    store::update_child(sql, c);
    CHECK(store::list_children(sql, family).at(0).name == "Emma K. Jensen");

    Helper h = testing::sample_helper(family);
    h.id = store::insert_helper(sql, h);
    auto helper = store::find_helper(sql, h.id);
    REQUIRE(helper);
    CHECK(helper->employment.from == ymd(2026, 1, 1));
    CHECK(helper->employment.to == ymd(2026, 12, 31));
    CHECK(helper->hourly_wage == Money::ore(14250));
    CHECK(helper->tax_card.withholding == Rate::basis_points(3700));
    CHECK(helper->tax_card.monthly_deduction == Money::ore(450000));

    h.employment.to.reset();
    store::update_helper(sql, h);
    auto helpers = store::list_helpers(sql, family);
    REQUIRE(helpers.size() == 1);
    CHECK_FALSE(helpers[0].employment.to);
    CHECK(store::list_helpers(sql, family + 1).empty());
}

TEST_CASE("a grant with two versions keeps each version's fixed lines and budgets", "[store][register]") {
    ScratchDatabase scratch("repo_grant");
    auto& sql = scratch.sql();
    Id family = store::insert_family(sql, testing::sample_family());
    Id child = store::insert_child(sql, testing::sample_child(family));

    Grant g = testing::sample_grant(child);
    Id grant = store::insert_grant(sql, g, "caseworker1");
    GrantVersion second = testing::sample_version(ymd(2026, 7, 1), 2550);
    second.grant_id = grant;
    second.fixed_lines = {};
    second.expense_budgets = {ExpenseBudget{"courses", Money::kroner(5000)}};
    second.note = "more hours from July";
    Id second_id = store::insert_grant_version(sql, second, "caseworker2");

    auto read = store::find_grant(sql, grant);
    REQUIRE(read);
    CHECK(read->child_id == child);
    CHECK(read->decision_ref == "SAG-2026-0042");
    CHECK(read->decision_date == ymd(2025, 12, 10));
    CHECK(read->valid.from == ymd(2026, 1, 1));
    CHECK(read->valid.to == ymd(2026, 12, 31));
    REQUIRE(read->versions.size() == 2);

    const auto& v1 = read->versions[0];
    CHECK(v1.grant_id == grant);
    CHECK(v1.effective_from == ymd(2026, 1, 1));
    CHECK(v1.weekly_hours == Hours::hundredths(2000));
    CHECK(v1.hourly_wage == Money::ore(13900));
    REQUIRE(v1.fixed_lines.size() == 1);
    CHECK(v1.fixed_lines[0].purpose == "supervision");
    CHECK(v1.fixed_lines[0].monthly_amount == Money::ore(250000));
    REQUIRE(v1.expense_budgets.size() == 2);
    CHECK(v1.expense_budgets[1].category == "courses");
    CHECK(v1.expense_budgets[1].yearly_amount == Money::ore(1500050));
    CHECK(v1.note == "first decision");
    CHECK(v1.created_at.size() == 20);  // stamped by the store: yyyy-mm-ddThh:mm:ssZ

    const auto& v2 = read->versions[1];
    CHECK(v2.id == second_id);
    CHECK(v2.weekly_hours == Hours::hundredths(2550));
    CHECK(v2.fixed_lines.empty());
    REQUIRE(v2.expense_budgets.size() == 1);
    CHECK(v2.expense_budgets[0].yearly_amount == Money::ore(500000));
    CHECK(v2.note == "more hours from July");

    std::string by;
    sql << "SELECT created_by FROM grant_versions WHERE id = :id", soci::into(by), soci::use(second_id);
    CHECK(by == "caseworker2");

    Grant open = testing::sample_grant(child);
    open.valid.to.reset();
    store::insert_grant(sql, open, "caseworker1");
    auto grants = store::list_grants(sql, child);
    REQUIRE(grants.size() == 2);
    CHECK(grants[0].versions.size() == 2);
    CHECK_FALSE(grants[1].valid.to);
    CHECK_FALSE(store::find_grant(sql, 999));
}

TEST_CASE("every family's grants come by family, whole or their versions alone", "[store][register]") {
    ScratchDatabase scratch("repo_grants_by_family");
    auto& sql = scratch.sql();
    const Id first = store::insert_family(sql, testing::sample_family());
    const Id second = store::insert_family(sql, testing::sample_family("10000017"));
    const Id child = store::insert_child(sql, testing::sample_child(second));
    const Id grant = store::insert_grant(sql, testing::sample_grant(child), "caseworker1");
    GrantVersion july = testing::sample_version(ymd(2026, 7, 1), 2550);
    july.grant_id = grant;
    store::insert_grant_version(sql, july, "caseworker2");

    const auto whole = store::grants_by_family(sql, store::GrantParts::whole);
    CHECK_FALSE(whole.count(first));  // no children: no grants
    REQUIRE(whole.at(second).size() == 1);
    const auto& versions = whole.at(second)[0].versions;
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].fixed_lines.size() == 1);
    CHECK(versions[0].expense_budgets.size() == 2);
    CHECK(versions[0].fixed_lines[0].monthly_amount == Money::ore(250000));

    // What classifying shifts reads: the same grants and versions, days and
    // windows, without the lines and budgets.
    const auto light = store::grants_by_family(sql, store::GrantParts::versions_only);
    REQUIRE(light.at(second).size() == 1);
    const Grant& g = light.at(second)[0];
    CHECK(g.id == grant);
    CHECK(g.valid.from == ymd(2026, 1, 1));
    REQUIRE(g.versions.size() == 2);
    CHECK(g.versions[1].effective_from == ymd(2026, 7, 1));
    CHECK(g.versions[1].weekly_hours == Hours::hundredths(2550));
    for (const auto& v : g.versions) {
        CHECK(v.fixed_lines.empty());
        CHECK(v.expense_budgets.empty());
    }
}

TEST_CASE("a page of families' children and expenses: each family's own, as its own list gives them",
          "[store][register]") {
    ScratchDatabase scratch("repo_family_pages");
    auto& sql = scratch.sql();
    const Id first = store::insert_family(sql, testing::sample_family());
    const Id second = store::insert_family(sql, testing::sample_family("10000017"));
    const Id third = store::insert_family(sql, testing::sample_family("10000025"));
    std::map<Id, Id> child_of;
    for (Id family : {second, first, third}) child_of[family] = store::insert_child(sql, testing::sample_child(family));
    Expense late = testing::sample_expense(first, child_of[first]);
    late.date = ymd(2026, 9, 1);
    store::insert_expense(sql, late);
    Expense early = testing::sample_expense(first, child_of[first]);
    early.date = ymd(2026, 2, 1);
    store::insert_expense(sql, early);
    store::insert_expense(sql, testing::sample_expense(third, child_of[third]));

    const auto children = store::list_families_children(sql, first, second);
    REQUIRE(children.size() == 2);
    CHECK(children[0].id < children[1].id);  // by id: the second family's child was made first
    CHECK(children[0].family_id == second);
    CHECK(children[1].family_id == first);
    CHECK(store::list_families_children(sql, third, third).front().id == store::list_children(sql, third).front().id);

    const auto expenses = store::list_families_expenses(sql, first, third);
    REQUIRE(expenses.size() == 3);
    const auto first_own = store::list_expenses(sql, first);
    REQUIRE(first_own.size() == 2);
    CHECK(first_own[0].date == ymd(2026, 2, 1));
    CHECK(expenses[0].id == first_own[0].id);  // by family, then date
    CHECK(expenses[1].id == first_own[1].id);
    CHECK(expenses[2].family_id == third);
    CHECK(store::list_families_expenses(sql, second, second).empty());
}

TEST_CASE("an expense round-trips through submitted, rejected and paid", "[store][register]") {
    ScratchDatabase scratch("repo_expense");
    auto& sql = scratch.sql();
    Id family = store::insert_family(sql, testing::sample_family());
    Id child = store::insert_child(sql, testing::sample_child(family));

    Expense e = testing::sample_expense(family, child);
    e.id = store::insert_expense(sql, e);
    auto read = store::find_expense(sql, e.id);
    REQUIRE(read);
    CHECK(read->child_id == child);
    CHECK(read->date == ymd(2026, 2, 3));
    CHECK(read->category == "training tools");
    CHECK(read->amount == Money::ore(89950));
    CHECK(read->document_ref == "bilag-17");
    CHECK(read->status == ExpenseStatus::submitted);
    CHECK_FALSE(read->paid_in_run);

    e.status = ExpenseStatus::rejected;
    e.reject_reason = "health treatment";
    store::update_expense(sql, e);
    read = store::find_expense(sql, e.id);
    CHECK(read->status == ExpenseStatus::rejected);
    CHECK(read->reject_reason == "health treatment");

    // paid_run_id references payout_runs, so the run must exist.
    sql << "INSERT INTO payout_runs (id, month, status, prepared_by, prepared_at, total_ore, line_count)"
           " VALUES (7, '2026-03', 'paid', 'x', '2026-03-01T00:00:00Z', 0, 0)";
    e.status = ExpenseStatus::approved;
    e.reject_reason.clear();
    e.paid_in_run = 7;
    store::update_expense(sql, e);
    auto listed = store::list_expenses(sql, family);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].paid_in_run == Id{7});
}

TEST_CASE("a lost-earnings award round-trips", "[store][register]") {
    ScratchDatabase scratch("repo_award");
    auto& sql = scratch.sql();
    Id family = store::insert_family(sql, testing::sample_family());
    Id child = store::insert_child(sql, testing::sample_child(family));

    LostEarningsAward a = testing::sample_award(child);
    a.id = store::insert_award(sql, a);
    auto read = store::find_award(sql, a.id);
    REQUIRE(read);
    CHECK(read->parent_name == "Anne Jensen");
    CHECK(read->parent_cpr == "050585-2008");
    CHECK(read->period.from == ymd(2026, 1, 1));
    CHECK(read->period.to == ymd(2026, 6, 30));
    CHECK(read->monthly_income_before == Money::ore(3800000));
    CHECK(read->hours_off_per_week == Hours::hundredths(1850));
    CHECK(read->normal_weekly_hours == Hours::hundredths(3700));
    CHECK(read->holiday_periods.empty());

    // Holiday periods and the hours are replaced together; an award without hours reads back without.
    read->holiday_periods = {Period{ymd(2026, 3, 2), ymd(2026, 3, 6)}, Period{ymd(2026, 5, 4), ymd(2026, 5, 8)}};
    read->normal_weekly_hours = Hours::whole(30);
    store::update_award_terms(sql, *read);
    auto again = store::find_award(sql, a.id);
    CHECK(again->normal_weekly_hours == Hours::whole(30));
    REQUIRE(again->holiday_periods.size() == 2);
    CHECK(again->holiday_periods[1].from == ymd(2026, 5, 4));
    CHECK(again->holiday_periods[1].to == ymd(2026, 5, 8));
    sql << "UPDATE lost_earnings_awards SET normal_hours_given = 0 WHERE id = :id", soci::use(a.id);
    CHECK_FALSE(store::find_award(sql, a.id)->normal_weekly_hours);
    CHECK(read->former_employer_pension == Rate::basis_points(1200));
    CHECK(read->monthly_saved_costs == Money::ore(40000));
    CHECK(read->purpose == AwardPurpose::care_at_home);
    CHECK(read->tax_card.withholding == Rate::basis_points(3800));
    CHECK(read->tax_card.monthly_deduction == Money::ore(400000));

    a.period.to.reset();
    store::insert_award(sql, a);
    auto awards = store::list_awards(sql, child);
    REQUIRE(awards.size() == 2);
    CHECK_FALSE(awards[1].period.to);
}

// insert_entity reads the new id back in the insert itself (RETURNING, one
// statement sent once on PostgreSQL): each id must be that row's, in order.
TEST_CASE("each insert returns the id of the row it stored", "[store][register]") {
    ScratchDatabase scratch("repo_returning");
    auto& sql = scratch.sql();
    std::vector<Id> ids;
    for (const char* cvr : {"10000009", "10000017", "10000025"})
        ids.push_back(store::insert_family(sql, testing::sample_family(cvr)));
    CHECK(ids[0] < ids[1]);
    CHECK(ids[1] < ids[2]);
    CHECK(store::find_family(sql, ids[0])->cvr == "10000009");
    CHECK(store::find_family(sql, ids[2])->cvr == "10000025");
    Child c = testing::sample_child(ids[1]);
    const Id child = store::insert_child(sql, c);
    CHECK(store::find_child(sql, child)->family_id == ids[1]);
}
