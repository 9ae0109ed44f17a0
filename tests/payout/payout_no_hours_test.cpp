// Issue 19: a grant that holds in the month but approves no hours in it gave
// the family no line and no flag, so it was silently absent from the run. It
// is flagged grant_without_hours now and the family stands on the run sheet.
#include <catch2/catch.hpp>

#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/payout_store.h"
#include "store/register_repository.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// Grant SAG-1 holds all of 2024, but its (only) version starts 1 July.
ChildPlan late_version_child() {
    auto plan = child(10, day(2015, 6, 1), Period{day(2024, 1, 1), day(2024, 12, 31)}, {version(day(2024, 7, 1), 2000, 13500)});
    plan.grants[0].decision_ref = "SAG-1";
    return plan;
}

FamilyPayoutBasis second_family() {
    auto f = family({child(20, day(2015, 6, 1), Period{day(2024, 1, 1), {}}, {version(day(2024, 1, 1), 2000, 13500)})});
    f.family.id = 2;
    f.family.name = "Familien Hansen";
    f.children[0].child.family_id = 2;
    return f;
}

} // namespace

TEST_CASE("a grant without hours in the month flags its family instead of leaving it out", "[payout][domain][no_hours]") {
    auto b = basis(month(2024, 3), {family({late_version_child()}), second_family()});
    auto run = run_of(b);
    // Only the second family is paid: 20 t/uge at 135,00 kr is 13.682,50 kr (domain.md §4).
    REQUIRE(run.lines.size() == 1);
    CHECK(run.lines[0].family_id == 2);
    CHECK(run.header.total == Money::ore(1368250));
    REQUIRE(run.flags.size() == 1);
    CHECK(run.flags[0].family_id == 1);
    CHECK(run.flags[0].child_id == Id{10});
    CHECK(run.flags[0].code == FlagCode::grant_without_hours);
    CHECK(run.flags[0].message ==
          "Bevilling SAG-1 for Barn 10 gælder i marts 2024, men giver ingen timer i måneden (første version gælder fra "
          "01-07-2024): ingen a-conto for hjælpertimer; ret bevillingen, hvis det er forkert");
    // The flagged family is on the run sheet: its payee is recorded with its account.
    REQUIRE(run.payees.size() == 2);
    CHECK(run.payees[0].family_id == 1);
    CHECK(run.payees[0].account);
}

TEST_CASE("once the version holds the family is paid and no longer flagged", "[payout][domain][no_hours]") {
    auto run = run_of(basis(month(2024, 7), {family({late_version_child()})}));
    REQUIRE(run.lines.size() == 1);
    CHECK(run.lines[0].amount == Money::ore(1368250));
    CHECK(run.flags.empty());
}

TEST_CASE("a grant that has ended, or a child past support, is no grant without hours", "[payout][domain][no_hours]") {
    auto ended = child(10, day(2015, 6, 1), Period{day(2024, 1, 1), day(2024, 2, 29)}, {version(day(2024, 1, 1), 2000, 13500)});
    auto after_end = run_of(basis(month(2024, 3), {family({ended})}));
    CHECK(after_end.lines.empty());
    CHECK(after_end.flags.empty());
    // 18 on 15 January 2024: support ended 14 January; February has no hours and no flag.
    auto grown = child(10, day(2006, 1, 15), Period{day(2023, 1, 1), {}}, {version(day(2023, 1, 1), 2000, 13500)});
    CHECK(run_of(basis(month(2024, 2), {family({grown})})).flags.empty());
}

TEST_CASE("the prepared run stores the flag and the family's payee with exact figures", "[payout][service][no_hours]") {
    PayoutRegister reg("payout_no_hours");
    Id flagged_family = reg.family("Familien Jensen");
    Id flagged_child = reg.child(flagged_family, day(2015, 6, 1), "Lærke");
    Grant g;
    g.child_id = flagged_child;
    g.decision_ref = "BEV-SEN";
    g.decision_date = day(2023, 12, 1);
    g.valid = Period{day(2024, 1, 1), day(2024, 12, 31)};
    g.versions = {version(day(2024, 9, 1), 2000, 13500)};
    store::insert_grant(reg.sql(), g, "sagsbehandler");
    Id paid_family = reg.family("Familien Hansen");
    reg.grant(reg.child(paid_family, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);

    auto prepared = reg.prepare("anna", month(2024, 4));
    CHECK(prepared.run.total == Money::ore(1368250));
    CHECK(prepared.run.line_count == 1);
    auto run = store::load_payout_run(reg.sql(), month(2024, 4));
    REQUIRE(run.flags.size() == 1);
    CHECK(run.flags[0].family_id == flagged_family);
    CHECK(run.flags[0].code == FlagCode::grant_without_hours);
    CHECK(run.flags[0].message.find("Bevilling BEV-SEN for Lærke gælder i april 2024, men giver ingen timer") == 0);
    bool listed = false;
    for (const auto& payee : run.payees) listed = listed || payee.family_id == flagged_family;
    CHECK(listed);
}
