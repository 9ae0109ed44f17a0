// Plausibility questions in the register service (issue 19): a child of 26
// from a mistyped CPR number, a wage of 50 kr/t, 45 hours a week were stored
// without a question. Now each is refused with NeedsConfirmation (code
// needs_confirmation, the field and the Danish question naming the value),
// nothing stored; confirmed, it is stored and the audit entry says what was
// confirmed and by whom.
#include <catch2/catch.hpp>

#include "app/register_service.h"
#include "domain/plausibility.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "support/clock.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;
using hjt::testing::ymd;

namespace {

const app::User kCaseworker = hjt::test::caseworker_actor("caseworker1");

// Today is 5 December 2026 (noon UTC) for the child's age.
struct Today {
    Today() { support::set_test_now(date::sys_days{ymd(2026, 12, 5)} + std::chrono::hours(12)); }
    ~Today() { support::set_test_now(std::nullopt); }
};

long long rows(ScratchDatabase& s) {
    return s.count("children") + s.count("helpers") + s.count("grants") + s.count("grant_versions") +
           s.count("audit_log");
}

// Requires NeedsConfirmation with one question on `field` whose Danish text is
// `question`, and nothing stored.
template <class Call>
void require_question(ScratchDatabase& s, const std::string& field, const std::string& question, Call call) {
    const long long before = rows(s);
    try {
        s.db().in_transaction([&](soci::session& sql) { call(sql); });
        FAIL("stored without a question on " << field);
    } catch (const NeedsConfirmation& e) {
        CHECK(code_of(e, "") == "needs_confirmation");
        CHECK(e.field() == field);
        REQUIRE(e.questions().size() == 1);
        CHECK(render(e.questions()[0].message, Language::da) == question);
    }
    CHECK(rows(s) == before);
}

std::string last_audit_after(ScratchDatabase& s) {
    std::string value;
    s.sql() << "SELECT after_json FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(value);
    return value;
}

} // namespace

TEST_CASE("a child of 26 from the CPR 010100-4000 is asked about, then stored when confirmed",
          "[service][plausibility]") {
    Today today;
    ScratchDatabase s("plaus_child");
    Family f = app::create_family(s.sql(), kCaseworker, testing::sample_family());
    // (010120-1234, born 1920, is refused outright: a birth year before 2000, limits::kYear.)
    Child c{0, f.id, "Barn", "010100-4000", ymd(2000, 1, 1)};
    require_question(s, "cpr",
                     "Barnet er 26 år i dag (05-12-2026); hjemmetræning er for børn under 18. Er CPR-nummeret rigtigt?",
                     [&](soci::session& sql) { app::create_child(sql, kCaseworker, c); });

    Child stored = app::create_child(s.sql(), kCaseworker, c, app::Confirmation::given);
    CHECK(store::find_child(s.sql(), stored.id));
    const std::string audit = last_audit_after(s);
    CHECK(audit.find("\"confirmed\"") != std::string::npos);
    CHECK(audit.find("\"by\":\"caseworker1\"") != std::string::npos);
    CHECK(audit.find("question_child_adult_today") != std::string::npos);
    CHECK(audit.find("Barnet er 26 år i dag") != std::string::npos);

    // A change of the name only is not asked about again.
    stored.name = "Barn Nyt Navn";
    CHECK_NOTHROW(app::update_child(s.sql(), kCaseworker, stored));
    CHECK(last_audit_after(s).find("\"confirmed\"") == std::string::npos);
}

TEST_CASE("a helper's wage of 50 kr/t is asked about on creation and on a change", "[service][plausibility]") {
    ScratchDatabase s("plaus_helper");
    Family f = app::create_family(s.sql(), kCaseworker, testing::sample_family());
    Helper h = testing::sample_helper(f.id);
    h.hourly_wage = Money::kroner(50);
    const std::string low = "Timelønnen 50,00 kr er under 100,00 kr, den laveste sædvanlige timeløn. Er beløbet rigtigt?";
    require_question(s, "hourly_wage", low, [&](soci::session& sql) { app::create_helper(sql, kCaseworker, h); });

    Helper usual = app::create_helper(s.sql(), kCaseworker, testing::sample_helper(f.id));  // 142,50 kr: no question
    usual.hourly_wage = Money::kroner(50);
    require_question(s, "hourly_wage", low, [&](soci::session& sql) { app::update_helper(sql, kCaseworker, usual); });
    app::update_helper(s.sql(), kCaseworker, usual, app::Confirmation::given);
    CHECK(store::find_helper(s.sql(), usual.id)->hourly_wage == Money::kroner(50));
    CHECK(last_audit_after(s).find("question_wage_low") != std::string::npos);
}

TEST_CASE("a grant's hours above 40 a week and a child of 18 on its start are asked about", "[service][plausibility]") {
    Today today;
    ScratchDatabase s("plaus_grant");
    Family f = app::create_family(s.sql(), kCaseworker, testing::sample_family());
    Child child = app::create_child(s.sql(), kCaseworker, testing::sample_child(f.id));
    Grant g = testing::sample_grant(child.id);
    g.versions[0].weekly_hours = Hours::whole(45);
    require_question(s, "weekly_hours",
                     "45,00 timer pr. uge er mere end 40,00 timer, over en fuldtidsstilling. Er timetallet rigtigt?",
                     [&](soci::session& sql) { app::create_grant(sql, kCaseworker, g); });
    Grant stored = app::create_grant(s.sql(), kCaseworker, g, app::Confirmation::given);
    CHECK(stored.versions.at(0).weekly_hours == Hours::whole(45));

    GrantVersion v = testing::sample_version(ymd(2026, 7, 1), 4050);
    v.grant_id = stored.id;
    require_question(s, "weekly_hours",
                     "40,50 timer pr. uge er mere end 40,00 timer, over en fuldtidsstilling. Er timetallet rigtigt?",
                     [&](soci::session& sql) { app::add_grant_version(sql, kCaseworker, v); });
    CHECK_NOTHROW(app::add_grant_version(s.sql(), kCaseworker, v, app::Confirmation::given));

    // Born 1 January 2008: 18 on the grant's start, 1 January 2026.
    Child adult = app::create_child(s.sql(), kCaseworker, Child{0, f.id, "Voksen", "010108-4000", ymd(2008, 1, 1)},
                                    app::Confirmation::given);
    require_question(s, "valid_from", "Barnet er 18 år på bevillingens startdato (01-01-2026). Er CPR-nummeret rigtigt?",
                     [&](soci::session& sql) { app::create_grant(sql, kCaseworker, testing::sample_grant(adult.id)); });
}
