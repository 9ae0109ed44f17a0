// A claim's balance and state follow from its events and the date
// (domain/claims.h), never from a stored field.
#include <catch2/catch.hpp>

#include "domain/claims.h"
#include "domain/errors.h"
#include "domain/instalment_plan.h"
#include "test_dates.h"

using namespace hjt;

namespace {

using hjt::testing::ymd;

Claim claim_of(Money claimed) {
    Claim c;
    c.id = 7;
    c.family_id = 1;
    c.child_id = 2;
    c.year = 2024;
    c.claimed = claimed;
    c.issued = ymd(2025, 2, 1);
    c.due = ymd(2025, 3, 3);
    return c;
}

ClaimEvent event(Id id, ClaimEventKind kind, Date date, Money amount = Money(), std::optional<Id> source = {}) {
    ClaimEvent e;
    e.id = id;
    e.kind = kind;
    e.date = date;
    e.amount = amount;
    e.source_id = source;
    return e;
}

const ClaimTerms kTerms{30, 2, 14, 2000};

} // namespace

TEST_CASE("a new claim is open until its due date, then overdue", "[claims]") {
    Claim c = claim_of(Money::kroner(11700));
    auto s = claim_status(c, kTerms, ymd(2025, 3, 3));
    CHECK(s.state == ClaimState::open);
    CHECK(s.balance == Money::kroner(11700));
    CHECK_FALSE(s.next_reminder);
    s = claim_status(c, kTerms, ymd(2025, 3, 4));
    CHECK(s.state == ClaimState::overdue);
    CHECK(s.next_reminder == ymd(2025, 3, 17));  // due + 14 days
    CHECK(std::string(danish_label(ClaimState::overdue)) == "forfalden");
}

TEST_CASE("balance = claimed − paid − set off − written off, the state follows", "[claims]") {
    Claim c = claim_of(Money::kroner(11700));
    c.events.push_back(event(1, ClaimEventKind::payment, ymd(2025, 2, 10), Money::kroner(5000)));
    auto s = claim_status(c, kTerms, ymd(2025, 2, 11));
    CHECK(s.state == ClaimState::partly_paid);
    CHECK(s.balance == Money::kroner(6700));
    c.events.push_back(event(2, ClaimEventKind::set_off, ymd(2025, 2, 28), Money::ore(270000)));
    c.events.push_back(event(3, ClaimEventKind::write_off_prepared, ymd(2025, 3, 1), Money::kroner(4000)));
    s = claim_status(c, kTerms, ymd(2025, 3, 2));
    CHECK(s.balance == Money::kroner(4000));  // the write-off counts only once approved
    CHECK(s.pending_write_off == Money::kroner(4000));
    c.events.push_back(event(4, ClaimEventKind::write_off_approved, ymd(2025, 3, 2), Money(), Id{3}));
    s = claim_status(c, kTerms, ymd(2025, 3, 2));
    CHECK(s.paid == Money::kroner(5000));
    CHECK(s.set_off == Money::ore(270000));
    CHECK(s.written_off == Money::kroner(4000));
    CHECK(s.balance == Money());
    CHECK(s.state == ClaimState::written_off);
    CHECK_THROWS_AS(pending_write_off(c, 3), NotFound);  // approved already
}

TEST_CASE("a claim settled only by set-off is set off, by payments, paid", "[claims]") {
    Claim c = claim_of(Money::kroner(100));
    c.events.push_back(event(1, ClaimEventKind::set_off, ymd(2025, 2, 28), Money::kroner(100)));
    CHECK(claim_status(c, kTerms, ymd(2025, 5, 1)).state == ClaimState::set_off);
    c.events[0].kind = ClaimEventKind::payment;
    CHECK(claim_status(c, kTerms, ymd(2025, 5, 1)).state == ClaimState::paid);
}

TEST_CASE("money beyond the claim is a visible surplus, never absorbed", "[claims]") {
    Claim c = claim_of(Money::kroner(100));
    c.events.push_back(event(1, ClaimEventKind::payment, ymd(2025, 2, 10), Money::kroner(130)));
    auto s = claim_status(c, kTerms, ymd(2025, 2, 11));
    CHECK(s.balance == Money());
    CHECK(s.surplus == Money::kroner(30));
    CHECK(s.state == ClaimState::paid);
}

TEST_CASE("reminders fall due spaced after the due date, after the last one, hand-over", "[claims]") {
    Claim c = claim_of(Money::kroner(100));
    c.events.push_back(event(1, ClaimEventKind::reminder, ymd(2025, 3, 17)));
    auto s = claim_status(c, kTerms, ymd(2025, 3, 20));
    CHECK(s.reminders_sent == 1);
    CHECK(s.next_reminder == ymd(2025, 3, 31));
    c.events.push_back(event(2, ClaimEventKind::reminder, ymd(2025, 4, 1)));
    s = claim_status(c, kTerms, ymd(2025, 4, 2));
    CHECK_FALSE(s.next_reminder);
    CHECK(s.handover_from == ymd(2025, 4, 15));
    c.events.push_back(event(3, ClaimEventKind::handover, ymd(2025, 4, 16)));
    s = claim_status(c, kTerms, ymd(2025, 4, 20));
    CHECK(s.state == ClaimState::handed_over);
    CHECK_FALSE(s.handover_from);
}

TEST_CASE("an instalment plan kept is in instalments, one in arrears is overdue", "[claims]") {
    Claim c = claim_of(Money::kroner(1000));
    c.events.push_back(event(1, ClaimEventKind::payment, ymd(2025, 2, 10), Money::kroner(100)));
    c.events.push_back(event(2, ClaimEventKind::plan, ymd(2025, 4, 1), Money::kroner(400)));  // 400, 400, 100
    auto s = claim_status(c, kTerms, ymd(2025, 3, 20));
    CHECK(s.state == ClaimState::in_instalments);
    CHECK_FALSE(s.next_reminder);
    s = claim_status(c, kTerms, ymd(2025, 4, 2));  // the first 400 is due and unpaid
    CHECK(s.state == ClaimState::overdue);
    c.events.push_back(event(3, ClaimEventKind::payment, ymd(2025, 4, 1), Money::kroner(400)));
    CHECK(claim_status(c, kTerms, ymd(2025, 4, 2)).state == ClaimState::in_instalments);
    CHECK(claim_status(c, kTerms, ymd(2025, 5, 2)).state == ClaimState::overdue);
}

TEST_CASE("a claim's plan schedule: the latest plan over what was open when it was made", "[claims]") {
    Claim c = claim_of(Money::kroner(1000));
    CHECK(plan_schedule(c).empty());
    c.events.push_back(event(1, ClaimEventKind::payment, ymd(2025, 2, 10), Money::kroner(100)));
    c.events.push_back(event(2, ClaimEventKind::plan, ymd(2025, 4, 1), Money::kroner(400)));
    auto plan = plan_schedule(c);  // 900 open: 400, 400, 100
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].due == ymd(2025, 4, 1));
    CHECK(plan[0].amount == Money::ore(40000));
    CHECK(plan[2].due == ymd(2025, 6, 1));
    CHECK(plan[2].amount == Money::ore(10000));
    c.events.push_back(event(3, ClaimEventKind::payment, ymd(2025, 4, 1), Money::kroner(400)));
    c.events.push_back(event(4, ClaimEventKind::plan, ymd(2025, 5, 15), Money::ore(30050)));  // a new plan over 500
    plan = plan_schedule(c);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].due == ymd(2025, 5, 15));
    CHECK(plan[1].amount == Money::ore(19950));
}

TEST_CASE("an instalment schedule: monthly amounts, the last the remainder, month ends respected", "[claims]") {
    auto plan = instalment_schedule(Money::kroner(1000), Money::kroner(400), ymd(2025, 1, 31));
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].due == ymd(2025, 1, 31));
    CHECK(plan[1].due == ymd(2025, 2, 28));
    CHECK(plan[2].due == ymd(2025, 3, 31));
    CHECK(plan[2].amount == Money::kroner(200));
    CHECK(due_by(plan, ymd(2025, 2, 28)) == Money::kroner(800));
    CHECK_THROWS_AS(instalment_schedule(Money::kroner(1000), Money(), ymd(2025, 1, 1)), ValidationError);
    CHECK_THROWS_AS(instalment_schedule(Money::kroner(100000), Money::kroner(1), ymd(2025, 1, 1)), ValidationError);
}
