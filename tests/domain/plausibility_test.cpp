// Plausibility questions (issue 19, domain/plausibility.h): unusual values are
// asked about in Danish naming the value, usual ones pass, the bounds are the
// ones of plausible::.
#include <catch2/catch.hpp>

#include "domain/plausibility.h"
#include "test_dates.h"

using namespace hjt;

namespace {

using hjt::testing::ymd;

std::string danish(const PlausibilityQuestion& q) { return render(q.message, Language::da); }

} // namespace

TEST_CASE("age_on counts whole years up to the birthday", "[plausibility]") {
    CHECK(age_on(ymd(1920, 1, 1), ymd(2026, 12, 5)) == 106);
    CHECK(age_on(ymd(2008, 12, 6), ymd(2026, 12, 5)) == 17);
    CHECK(age_on(ymd(2008, 12, 5), ymd(2026, 12, 5)) == 18);
    CHECK(age_on(ymd(2012, 2, 29), ymd(2013, 2, 28)) == 0);
    CHECK(age_on(ymd(2027, 1, 1), ymd(2026, 12, 5)) == -1);
}

TEST_CASE("a child's record is asked about at 25 or more today, or not yet born", "[plausibility]") {
    // The CPR 010120-1234: born 1 January 1920.
    auto old = child_questions(Child{0, 1, "Barn", "010120-1234", ymd(1920, 1, 1)}, ymd(2026, 12, 5));
    REQUIRE(old.size() == 1);
    CHECK(old[0].field == "cpr");
    CHECK(old[0].message.code == MessageCode::question_child_adult_today);
    CHECK(danish(old[0]) ==
          "Barnet er 106 år i dag (05-12-2026); hjemmetræning er for børn under 18. Er CPR-nummeret rigtigt?");
    CHECK(render(old[0].message, Language::en).find("106 years old") != std::string::npos);

    auto unborn = child_questions(Child{0, 1, "Barn", "010127-4000", ymd(2027, 1, 1)}, ymd(2026, 12, 5));
    REQUIRE(unborn.size() == 1);
    CHECK(danish(unborn[0]) == "Fødselsdatoen 01-01-2027 er efter i dag (05-12-2026). Er CPR-nummeret rigtigt?");

    // The record alone is asked about from 25 (an adult of 18–24 may have had support in the years
    // kept); the grant's start asks from 18 (below).
    CHECK(child_questions(Child{0, 1, "Barn", "061201-4000", ymd(2001, 12, 6)}, ymd(2026, 12, 5)).empty());
    CHECK(child_questions(Child{0, 1, "Barn", "051201-4000", ymd(2001, 12, 5)}, ymd(2026, 12, 5)).size() == 1);
    CHECK(child_questions(Child{0, 1, "Barn", "051208-4000", ymd(2008, 12, 5)}, ymd(2026, 12, 5)).empty());
}

TEST_CASE("a grant asks about the child's age on its start and each version's hours and wage", "[plausibility]") {
    Grant g;
    g.valid = Period{ymd(2026, 1, 1), ymd(2026, 12, 31)};
    GrantVersion v;
    v.effective_from = ymd(2026, 1, 1);
    v.weekly_hours = Hours::whole(20);
    v.hourly_wage = Money::kroner(145);
    g.versions = {v};
    CHECK(grant_questions(g, ymd(2015, 3, 14)).empty());

    auto adult = grant_questions(g, ymd(1920, 1, 1));
    REQUIRE(adult.size() == 1);
    // 18 the day the grant starts: asked; 17 (18 the next day): not.
    CHECK(grant_questions(g, ymd(2008, 1, 1)).size() == 1);
    CHECK(grant_questions(g, ymd(2008, 1, 2)).empty());
    CHECK(adult[0].field == "valid_from");
    CHECK(danish(adult[0]) == "Barnet er 106 år på bevillingens startdato (01-01-2026). Er CPR-nummeret rigtigt?");

    g.versions[0].weekly_hours = Hours::hundredths(4001);
    g.versions[0].hourly_wage = Money::kroner(50);
    auto both = grant_questions(g, ymd(2015, 3, 14));
    REQUIRE(both.size() == 2);
    CHECK(both[0].field == "weekly_hours");
    CHECK(danish(both[0]) ==
          "40,01 timer pr. uge er mere end 40,00 timer, over en fuldtidsstilling. Er timetallet rigtigt?");
    CHECK(both[1].field == "hourly_wage");
    CHECK(danish(both[1]) ==
          "Timelønnen 50,00 kr er under 100,00 kr, den laveste sædvanlige timeløn. Er beløbet rigtigt?");
}

TEST_CASE("a helper's wage is asked about below 100 kr and above 400 kr an hour", "[plausibility]") {
    Helper h;
    h.hourly_wage = Money::kroner(100);
    CHECK(helper_questions(h).empty());
    h.hourly_wage = Money::kroner(400);
    CHECK(helper_questions(h).empty());
    h.hourly_wage = Money::ore(9999);
    REQUIRE(helper_questions(h).size() == 1);
    CHECK(helper_questions(h)[0].message.code == MessageCode::question_wage_low);
    h.hourly_wage = Money::ore(40001);
    REQUIRE(helper_questions(h).size() == 1);
    CHECK(danish(helper_questions(h)[0]) ==
          "Timelønnen 400,01 kr er over 400,00 kr, den højeste sædvanlige timeløn. Er beløbet rigtigt?");
}

TEST_CASE("the refusal while unconfirmed is a conflict coded needs_confirmation naming the first field",
          "[plausibility]") {
    Helper h;
    h.hourly_wage = Money::kroner(50);
    NeedsConfirmation refusal(helper_questions(h));
    CHECK(code_of(refusal, "conflict") == "needs_confirmation");
    CHECK(refusal.field() == "hourly_wage");
    CHECK(std::string(refusal.what()).find("intet er gemt") != std::string::npos);
}
