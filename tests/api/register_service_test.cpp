#include <catch2/catch.hpp>

#include "app/register_service.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;
using hjt::testing::ymd;

namespace {

const app::User kActor = hjt::test::caseworker_actor("caseworker1");
const app::User kDecider = hjt::test::caseworker_actor("caseworker2");  // four eyes: another user decides

// Every table the register writes; a refused change must leave all of them as they were.
const std::vector<std::string> kRegisterTables = {
    "families", "children", "helpers", "grants", "grant_versions", "grant_fixed_lines", "grant_expense_budgets",
    "expenses", "lost_earnings_awards", "audit_log"};

std::vector<long long> counts(ScratchDatabase& s) {
    std::vector<long long> out;
    for (const auto& table : kRegisterTables) out.push_back(s.count(table));
    return out;
}

// Runs `call` in one transaction, as the API does, and requires a
// ValidationError naming `field` with nothing stored.
template <class Call>
void require_refused(ScratchDatabase& s, const std::string& field, Call call) {
    auto before = counts(s);
    try {
        s.db().in_transaction([&](soci::session& sql) { call(sql); });
        FAIL("accepted, expected a ValidationError naming " << field);
    } catch (const ValidationError& e) {
        CHECK(e.field() == field);
        CHECK(std::string(e.what()).size() > 0);
    }
    CHECK(counts(s) == before);
}

template <class Call>
void require_not_found(ScratchDatabase& s, Call call) {
    auto before = counts(s);
    CHECK_THROWS_AS(s.db().in_transaction([&](soci::session& sql) { call(sql); }), NotFound);
    CHECK(counts(s) == before);
}

// A register with one family, child and grant, built through the service.
struct Register {
    ScratchDatabase scratch;
    Family family;
    Child child;
    Grant grant;

    explicit Register(const std::string& name) : scratch(name) {
        auto& sql = scratch.sql();
        family = app::create_family(sql, kActor, testing::sample_family());
        child = app::create_child(sql, kActor, testing::sample_child(family.id));
        grant = app::create_grant(sql, kActor, testing::sample_grant(child.id));
    }
    soci::session& sql() { return scratch.sql(); }

    std::string last_audit(const std::string& column) {
        std::string value;
        sql() << "SELECT " + column + " FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(value);
        return value;
    }
};

GrantVersion version_for(const Grant& g, Date from, std::int64_t hours_h100 = 2500) {
    GrantVersion v = testing::sample_version(from, hours_h100);
    v.grant_id = g.id;
    return v;
}

} // namespace

TEST_CASE("creating a family stores it and audits the change", "[service][register]") {
    ScratchDatabase s("svc_family");
    Family f = app::create_family(s.sql(), kActor, testing::sample_family());
    CHECK(f.id > 0);
    CHECK(store::find_family(s.sql(), f.id)->cvr == "10000009");
    std::string actor, action, entity, entity_id, before, after;
    s.sql() << "SELECT actor, action, entity, entity_id, before_json, after_json FROM audit_log",
        soci::into(actor), soci::into(action), soci::into(entity), soci::into(entity_id), soci::into(before),
        soci::into(after);
    CHECK(actor == kActor.username);
    CHECK(action == "create");
    CHECK(entity == "family");
    CHECK(entity_id == std::to_string(f.id));
    CHECK(before.empty());
    CHECK(after.find("\"cvr\":\"10000009\"") != std::string::npos);
    CHECK(store::verify_audit_chain(s.sql()).ok);
}

TEST_CASE("an update audits before and after", "[service][register]") {
    Register r("svc_family_update");
    Family f = r.family;
    f.contact_phone = "87654321";
    app::update_family(r.sql(), kActor, f);
    CHECK(r.last_audit("action") == "update");
    CHECK(r.last_audit("before_json").find("12345678") != std::string::npos);
    CHECK(r.last_audit("after_json").find("87654321") != std::string::npos);
}

TEST_CASE("family refusals name the field and store nothing", "[service][register][bad-input]") {
    ScratchDatabase s("svc_family_bad");
    app::create_family(s.sql(), kActor, testing::sample_family());

    require_refused(s, "cvr", [](soci::session& sql) { app::create_family(sql, kActor, testing::sample_family("10000010")); });
    require_refused(s, "cvr", [](soci::session& sql) { app::create_family(sql, kActor, testing::sample_family("1234")); });
    require_refused(s, "cvr", [](soci::session& sql) { app::create_family(sql, kActor, testing::sample_family()); });
    require_refused(s, "bank", [](soci::session& sql) {
        Family f = testing::sample_family("10000017");
        f.bank->reg_no = "12a4";
        app::create_family(sql, kActor, f);
    });
    require_refused(s, "name", [](soci::session& sql) {
        Family f = testing::sample_family("10000017");
        f.name = "  ";
        app::create_family(sql, kActor, f);
    });
    require_not_found(s, [](soci::session& sql) {
        Family f = testing::sample_family("10000017");
        f.id = 999;
        app::update_family(sql, kActor, f);
    });
}

TEST_CASE("a child's CPR is stored in one form and masked in the audit trail", "[service][register][cpr]") {
    ScratchDatabase s("svc_child");
    Family f = app::create_family(s.sql(), kActor, testing::sample_family());
    Child c = testing::sample_child(f.id);
    c.cpr = "1403154002";
    c = app::create_child(s.sql(), kActor, c);
    CHECK(store::find_child(s.sql(), c.id)->cpr == "140315-4002");
    std::string after;
    s.sql() << "SELECT after_json FROM audit_log WHERE entity = 'child'", soci::into(after);
    CHECK(after.find("140315-XXXX") != std::string::npos);
    CHECK(after.find("4002") == std::string::npos);
}

TEST_CASE("child refusals: unknown family, impossible CPR date, birth date not the CPR's", "[service][register][bad-input]") {
    ScratchDatabase s("svc_child_bad");
    Family f = app::create_family(s.sql(), kActor, testing::sample_family());
    require_not_found(s, [&](soci::session& sql) { app::create_child(sql, kActor, testing::sample_child(f.id + 1)); });
    require_refused(s, "cpr", [&](soci::session& sql) {
        Child c = testing::sample_child(f.id);
        c.cpr = "310215-4002";  // 31 February
        app::create_child(sql, kActor, c);
    });
    require_refused(s, "birth_date", [&](soci::session& sql) {
        Child c = testing::sample_child(f.id);
        c.birth_date = ymd(2015, 3, 15);
        app::create_child(sql, kActor, c);
    });
    require_not_found(s, [&](soci::session& sql) {
        Child c = testing::sample_child(f.id);
        c.id = 42;
        app::update_child(sql, kActor, c);
    });
}

TEST_CASE("helper refusals: employment ending before it starts, no wage, tax over 100 %", "[service][register][bad-input]") {
    ScratchDatabase s("svc_helper_bad");
    Family f = app::create_family(s.sql(), kActor, testing::sample_family());
    Helper ok = app::create_helper(s.sql(), kActor, testing::sample_helper(f.id));
    CHECK(ok.id > 0);
    require_refused(s, "employment_to", [&](soci::session& sql) {
        Helper h = testing::sample_helper(f.id);
        h.employment.to = ymd(2025, 12, 31);
        app::create_helper(sql, kActor, h);
    });
    require_refused(s, "hourly_wage", [&](soci::session& sql) {
        Helper h = testing::sample_helper(f.id);
        h.hourly_wage = Money::ore(-100);
        app::create_helper(sql, kActor, h);
    });
    require_refused(s, "tax_card.withholding", [&](soci::session& sql) {
        Helper h = testing::sample_helper(f.id);
        h.tax_card.withholding = Rate::basis_points(10001);
        app::create_helper(sql, kActor, h);
    });
    require_not_found(s, [&](soci::session& sql) { app::create_helper(sql, kActor, testing::sample_helper(f.id + 5)); });
}

TEST_CASE("a grant is created with its version and a later version is added", "[service][grant]") {
    Register r("svc_grant");
    REQUIRE(r.grant.versions.size() == 1);
    CHECK(r.grant.versions[0].id > 0);
    CHECK(r.last_audit("entity") == "grant");

    GrantVersion added = app::add_grant_version(r.sql(), kActor, version_for(r.grant, ymd(2026, 7, 1), 3000));
    CHECK(added.id > 0);
    CHECK(added.weekly_hours == Hours::hundredths(3000));
    CHECK_FALSE(added.created_at.empty());
    auto stored = store::find_grant(r.sql(), r.grant.id);
    REQUIRE(stored->versions.size() == 2);
    CHECK(stored->versions[1].effective_from == ymd(2026, 7, 1));
    CHECK(r.last_audit("action") == "add-version");
    CHECK(r.last_audit("after_json").find("2026-07-01") != std::string::npos);
    CHECK(r.last_audit("before_json").find("2026-07-01") == std::string::npos);
}

TEST_CASE("grant version refusals name the field and store nothing", "[service][grant][bad-input]") {
    Register r("svc_grant_bad");
    auto& s = r.scratch;
    const Grant& g = r.grant;
    require_refused(s, "effective_from", [&](soci::session& sql) {
        app::add_grant_version(sql, kActor, version_for(g, ymd(2026, 1, 1)));  // the first version's date
    });
    require_refused(s, "effective_from", [&](soci::session& sql) {
        app::add_grant_version(sql, kActor, version_for(g, ymd(2025, 12, 31)));  // before the grant starts
    });
    require_refused(s, "effective_from", [&](soci::session& sql) {
        app::add_grant_version(sql, kActor, version_for(g, ymd(2027, 1, 1)));  // after it ends
    });
    require_refused(s, "weekly_hours", [&](soci::session& sql) {
        app::add_grant_version(sql, kActor, version_for(g, ymd(2026, 5, 1), -500));
    });
    require_refused(s, "weekly_hours", [&](soci::session& sql) {
        app::add_grant_version(sql, kActor, version_for(g, ymd(2026, 5, 1), 16801));
    });
    require_refused(s, "hourly_wage", [&](soci::session& sql) {
        GrantVersion v = version_for(g, ymd(2026, 5, 1));
        v.hourly_wage = Money{};
        app::add_grant_version(sql, kActor, v);
    });
    require_not_found(s, [&](soci::session& sql) {
        GrantVersion v = version_for(g, ymd(2026, 5, 1));
        v.grant_id = g.id + 100;
        app::add_grant_version(sql, kActor, v);
    });
}

TEST_CASE("a new grant with two versions on one date, or none, stores nothing", "[service][grant][bad-input]") {
    Register r("svc_grant_new_bad");
    require_refused(r.scratch, "effective_from", [&](soci::session& sql) {
        Grant g = testing::sample_grant(r.child.id);
        g.versions.push_back(testing::sample_version(ymd(2026, 1, 1), 3000));
        app::create_grant(sql, kActor, g);
    });
    require_refused(r.scratch, "versions", [&](soci::session& sql) {
        Grant g = testing::sample_grant(r.child.id);
        g.versions.clear();
        app::create_grant(sql, kActor, g);
    });
    require_refused(r.scratch, "valid_to", [&](soci::session& sql) {
        Grant g = testing::sample_grant(r.child.id);
        g.valid.to = ymd(2025, 6, 30);
        app::create_grant(sql, kActor, g);
    });
    require_not_found(r.scratch,
                      [&](soci::session& sql) { app::create_grant(sql, kActor, testing::sample_grant(r.child.id + 9)); });
}

TEST_CASE("expenses: refusals, then approve, reject with reason, and no change once paid", "[service][expense]") {
    Register r("svc_expense");
    auto& s = r.scratch;
    require_refused(s, "amount", [&](soci::session& sql) {
        Expense e = testing::sample_expense(r.family.id, r.child.id);
        e.amount = Money::ore(-1);
        app::create_expense(sql, kActor, e);
    });
    require_refused(s, "amount", [&](soci::session& sql) {
        Expense e = testing::sample_expense(r.family.id, r.child.id);
        e.amount = Money{};
        app::create_expense(sql, kActor, e);
    });
    Family other = app::create_family(r.sql(), kActor, testing::sample_family("10000017"));
    require_refused(s, "child_id", [&](soci::session& sql) {
        app::create_expense(sql, kActor, testing::sample_expense(other.id, r.child.id));
    });
    require_not_found(s, [&](soci::session& sql) {
        app::create_expense(sql, kActor, testing::sample_expense(r.family.id + 50, r.child.id));
    });

    Expense e = app::create_expense(r.sql(), kActor, testing::sample_expense(r.family.id, r.child.id));
    require_refused(s, "reason", [&](soci::session& sql) {
        app::decide_expense(sql, kDecider, e.id, ExpenseStatus::rejected, "");
    });
    Expense rejected = app::decide_expense(r.sql(), kDecider, e.id, ExpenseStatus::rejected, "no receipt");
    CHECK(rejected.status == ExpenseStatus::rejected);
    CHECK(r.last_audit("action") == "reject");
    Expense approved = app::decide_expense(r.sql(), kDecider, e.id, ExpenseStatus::approved, "");
    CHECK(approved.reject_reason.empty());
    CHECK(store::find_expense(r.sql(), e.id)->status == ExpenseStatus::approved);

    r.sql() << "INSERT INTO payout_runs (id, month, status, prepared_by, prepared_at, total_ore, line_count)"
               " VALUES (3, '2026-03', 'paid', 'x', '2026-03-01T00:00:00Z', 0, 0)";
    r.sql() << "UPDATE expenses SET paid_run_id = 3 WHERE id = :id", soci::use(e.id);
    CHECK_THROWS_AS(app::decide_expense(r.sql(), kDecider, e.id, ExpenseStatus::rejected, "too late"), Conflict);
    CHECK_THROWS_AS(app::decide_expense(r.sql(), kDecider, e.id + 1, ExpenseStatus::approved, ""), NotFound);
}

TEST_CASE("lost-earnings awards: stored masked in the audit, refused past 18", "[service][award]") {
    Register r("svc_award");
    auto& s = r.scratch;
    LostEarningsAward a = app::create_award(r.sql(), kActor, testing::sample_award(r.child.id));
    CHECK(a.id > 0);
    CHECK(r.last_audit("after_json").find("050585-XXXX") != std::string::npos);
    CHECK(r.last_audit("after_json").find("2008") == std::string::npos);

    require_refused(s, "period_to", [&](soci::session& sql) {
        LostEarningsAward bad = testing::sample_award(r.child.id);
        bad.period.to = ymd(2033, 3, 14);  // the 18th birthday itself
        app::create_award(sql, kActor, bad);
    });
    require_refused(s, "hours_off_per_week", [&](soci::session& sql) {
        LostEarningsAward bad = testing::sample_award(r.child.id);
        bad.hours_off_per_week = Hours::hundredths(3701);
        app::create_award(sql, kActor, bad);
    });
    require_refused(s, "parent_cpr", [&](soci::session& sql) {
        LostEarningsAward bad = testing::sample_award(r.child.id);
        bad.parent_cpr = "05058";
        app::create_award(sql, kActor, bad);
    });
    LostEarningsAward until_day_before = testing::sample_award(r.child.id);
    until_day_before.period = Period{ymd(2033, 1, 1), ymd(2033, 3, 13)};
    CHECK(app::create_award(r.sql(), kActor, until_day_before).id > 0);
}

TEST_CASE("lost-earnings awards carry the parent's account and the pension scheme, checked like a family's",
          "[service][award]") {
    Register r("svc_award_accounts");
    auto& s = r.scratch;
    LostEarningsAward a = testing::sample_award(r.child.id);
    a.parent_bank = BankAccount{"5301", "0000654321"};
    a.pension_payee = PensionPayee{"Fjordpension (fiktiv)", BankAccount{"9570", "0006120394"}};
    Id id = app::create_award(r.sql(), kActor, a).id;
    auto stored = store::find_award(r.sql(), id);
    REQUIRE(stored);
    REQUIRE(stored->parent_bank);
    CHECK(stored->parent_bank->account_no == "0000654321");
    REQUIRE(stored->pension_payee);
    CHECK(stored->pension_payee->name == "Fjordpension (fiktiv)");
    CHECK(stored->pension_payee->account.reg_no == "9570");
    CHECK(r.last_audit("after_json").find("\"parent_bank\"") != std::string::npos);

    LostEarningsAward without = testing::sample_award(r.child.id);  // both optional
    without.period = Period{ymd(2026, 7, 1), ymd(2026, 12, 31)};     // after the first: awards never overlap
    auto plain = store::find_award(r.sql(), app::create_award(r.sql(), kActor, without).id);
    CHECK_FALSE(plain->parent_bank);
    CHECK_FALSE(plain->pension_payee);

    require_refused(s, "parent_bank", [&](soci::session& sql) {
        LostEarningsAward bad = testing::sample_award(r.child.id);
        bad.parent_bank = BankAccount{"530", "0000654321"};
        app::create_award(sql, kActor, bad);
    });
    require_refused(s, "pension_payee", [&](soci::session& sql) {
        LostEarningsAward bad = testing::sample_award(r.child.id);
        bad.pension_payee = PensionPayee{"Fjordpension", BankAccount{"9570", "12345678901"}};
        app::create_award(sql, kActor, bad);
    });
    require_refused(s, "pension_payee.name", [&](soci::session& sql) {
        LostEarningsAward bad = testing::sample_award(r.child.id);
        bad.pension_payee = PensionPayee{" ", BankAccount{"9570", "0006120394"}};
        app::create_award(sql, kActor, bad);
    });
}

TEST_CASE("every service change leaves a verifiable audit chain", "[service][audit]") {
    Register r("svc_chain");
    app::add_grant_version(r.sql(), kActor, version_for(r.grant, ymd(2026, 4, 1)));
    auto result = store::verify_audit_chain(r.sql());
    CHECK(result.ok);
    CHECK(result.entries == 4);  // family, child, grant, version
}
