// Each child's reconciliation input from the rows the store loads
// (domain/reconciliation_inputs.h, issue 20): the domain, not the store,
// decides which postings count as received, which children are reconciled and
// how a family's hours are shared. Example grant as in reconciliation_domain_test:
// 15 h/week at an hourly cost of 150,00 kr.
#include <catch2/catch.hpp>

#include "domain/reconciliation_inputs.h"
#include "payout/payout_domain_fixtures.h"

using namespace hjt;
using hjt::test::day;
using hjt::test::month;

namespace {

constexpr long long kHourlyCost = 12800;  // øre: hourly_cost 150,00 kr with the example rates

ReconciliationTerms terms_2024() {
    ReconciliationTerms terms;
    terms.year = 2024;
    terms.rates = test::example_rates();
    return terms;
}

ChildPlan plan_of(Id child, long long weekly_h100, Period valid) {
    return test::child(child, day(2015, 3, 1), valid, {test::version(valid.from, weekly_h100, kHourlyCost)});
}

const Period k2024{day(2024, 1, 1), day(2024, 12, 31)};

} // namespace

TEST_CASE("received counts the postings of the kinds the table of kinds says count, nothing else",
          "[reconcile][line-kinds]") {
    ReconciliationRows rows;
    rows.families.push_back(test::family({plan_of(7, 1500, k2024)}));
    rows.postings = {{7, "helper", Money::kroner(117000)},
                     {7, "adjustment", Money::kroner(-500)},
                     {7, "lost_earnings", Money::kroner(9000)},           // outside the reconciliation (§8)
                     {7, "lost_earnings_pension", Money::kroner(1000)},
                     {7, "repayment_claim", Money::kroner(-2000)},       // a settlement: no line kind
                     {8, "helper", Money::kroner(10)}};                  // another child's
    auto inputs = reconciliation_inputs(rows, terms_2024());
    REQUIRE(inputs.size() == 1);
    const ReceivedByKind& r = inputs[0].received;
    CHECK(r[LineKind::helper] == Money::kroner(117000));
    CHECK(r[LineKind::adjustment] == Money::kroner(-500));
    CHECK(r[LineKind::fixed] == Money());
    CHECK(r[LineKind::lost_earnings] == Money());
    CHECK(r.total() == Money::kroner(116500));
    CHECK(reconcile_child(inputs[0]).received.total() == Money::kroner(116500));
}

TEST_CASE("a family's hours are shared among its children reconciled, a child without a grant in the year is not one",
          "[reconcile]") {
    ReconciliationRows rows;
    // Given out of order: inputs come by child. Child 9's grant ended in 2023.
    rows.families.push_back(test::family({plan_of(8, 500, k2024), plan_of(9, 1500, {day(2023, 1, 1), day(2023, 12, 31)}),
                                          plan_of(7, 1500, k2024)}));
    std::array<long long, 13> minutes{};
    minutes[1] = 80 * 60;  // January: 80 h, shared 3 : 1 by approved hours (65 h and 21,67 h)
    rows.used_minutes[1] = minutes;
    rows.paid_months = {month(2024, 1)};
    auto inputs = reconciliation_inputs(rows, terms_2024());
    REQUIRE(inputs.size() == 2);
    CHECK(inputs[0].child_id == 7);
    CHECK(inputs[1].child_id == 8);
    CHECK(inputs[0].months[0].used_hours == Hours::hundredths(6000));
    CHECK(inputs[1].months[0].used_hours == Hours::hundredths(2000));
    CHECK(inputs[0].months[1].used_hours == Hours());
    CHECK(inputs[0].months[0].paid);
    CHECK_FALSE(inputs[0].months[1].paid);
    CHECK(inputs[0].months[0].approved_hours.rounded() == Hours::hundredths(6500));
}
