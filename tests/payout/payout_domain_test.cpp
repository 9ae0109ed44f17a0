// The payout rules of domain.md §4 on hand-built bases: amounts to the øre,
// proration, the 18th birthday, the year cap and retroactive adjustments.
#include <catch2/catch.hpp>

#include <limits>

#include "domain/errors.h"
#include "domain/iban.h"
#include "domain/payout.h"
#include "payout_domain_fixtures.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// The worked example's grant: 20 h/week at 135,00 kr.
ChildPlan example_child(Date from) { return child(10, day(2015, 6, 1), Period{from, {}}, {version(from, 2000, 13500)}); }


bool has_flag(const PayoutResult& r, FlagCode code) {
    for (const auto& f : r.flags)
        if (f.code == code) return true;
    return false;
}

} // namespace

TEST_CASE("worked example: 20 h at 135,00 kr is 13.682,50 kr a month, 9.121,67 kr from the 11th of a 30-day month",
          "[payout][domain]") {
    auto full = compute_payout(basis(month(2024, 4), {family({example_child(day(2024, 1, 1))})}));
    REQUIRE(full.lines.size() == 1);
    CHECK(full.lines[0].kind == LineKind::helper);
    CHECK(full.lines[0].amount == Money::ore(1368250));
    CHECK(full.lines[0].computed == Money::ore(1368250));
    CHECK_FALSE(full.lines[0].capped);
    CHECK(full.lines[0].month_concerned == month(2024, 4));

    auto partial = compute_payout(basis(month(2024, 4), {family({example_child(day(2024, 4, 11))})}));
    REQUIRE(partial.lines.size() == 1);
    CHECK(partial.lines[0].amount == Money::ore(912167));
    CHECK(partial.lines[0].description.find("20/30 dage") != std::string::npos);
    CHECK(partial.flags.empty());
}

TEST_CASE("a version changing mid-month is prorated per version and the line rounded once", "[payout][domain]") {
    // 15/31 × 13.682,50 + 16/31 × 20.523,75 = 17.213,467... → 17.213,47 (rounding each part would give ,46)
    auto plan = child(10, day(2015, 6, 1), Period{day(2023, 1, 1), {}},
                      {version(day(2023, 1, 1), 2000, 13500), version(day(2024, 1, 16), 3000, 13500)});
    auto r = compute_payout(basis(month(2024, 1), {family({plan})}));
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].amount == Money::ore(1721347));
}

TEST_CASE("a grant ending mid-month is prorated and nothing is paid after it", "[payout][domain]") {
    auto plan = child(10, day(2015, 6, 1), Period{day(2024, 1, 1), day(2024, 4, 10)}, {version(day(2024, 1, 1), 2000, 13500)});
    auto april = compute_payout(basis(month(2024, 4), {family({plan})}));
    REQUIRE(april.lines.size() == 1);
    CHECK(april.lines[0].amount == Money::ore(456083));  // 13.682,50 × 10/30 = 4.560,833...
    CHECK(compute_payout(basis(month(2024, 5), {family({plan})})).lines.empty());
}

TEST_CASE("support ends the day before the 18th birthday, prorated and flagged", "[payout][domain]") {
    // Born 15 March 2006: 18 on 15 March 2024, supported 1–14 March = 14/31.
    auto plan = child(10, day(2006, 3, 15), Period{day(2023, 1, 1), {}}, {version(day(2023, 1, 1), 2000, 13500)});
    auto march = compute_payout(basis(month(2024, 3), {family({plan})}));
    REQUIRE(march.lines.size() == 1);
    CHECK(march.lines[0].amount == Money::ore(617919));
    REQUIRE(march.flags.size() == 1);
    CHECK(march.flags[0].code == FlagCode::turns_18);
    CHECK(march.flags[0].child_id == Id{10});
    CHECK(march.flags[0].message.find("15-03-2024") != std::string::npos);
    CHECK(march.flags[0].message.find("14-03-2024") != std::string::npos);

    auto april = compute_payout(basis(month(2024, 4), {family({plan})}));
    CHECK(april.lines.empty());
    CHECK(april.flags.empty());
    CHECK(compute_payout(basis(month(2024, 2), {family({plan})})).flags.empty());
}

TEST_CASE("February of a leap year has 29 days", "[payout][domain]") {
    auto leap = compute_payout(basis(month(2024, 2), {family({example_child(day(2024, 2, 11))})}));
    REQUIRE(leap.lines.size() == 1);
    CHECK(leap.lines[0].amount == Money::ore(896440));  // 19/29
    CHECK(leap.lines[0].description.find("19/29 dage") != std::string::npos);
    auto common = compute_payout(basis(month(2023, 2), {family({example_child(day(2023, 2, 11))})}));
    REQUIRE(common.lines.size() == 1);
    CHECK(common.lines[0].amount == Money::ore(879589));  // 18/28
}

TEST_CASE("fixed amounts are one prorated line per child and month", "[payout][domain]") {
    auto plan = child(10, day(2015, 6, 1), Period{day(2024, 4, 11), {}},
                      {version(day(2024, 4, 11), 0, 13500,
                               {{"Kørsel", Money::kroner(1000)}, {"Kursus", Money::ore(50001)}})});
    auto r = compute_payout(basis(month(2024, 4), {family({plan})}));
    REQUIRE(r.lines.size() == 1);  // no helper line for 0 hours
    CHECK(r.lines[0].kind == LineKind::fixed);
    CHECK(r.lines[0].amount == Money::ore(100001));  // (1.000,00 + 500,01) × 20/30 = 1.000,0066...
    CHECK(r.lines[0].description.find("Kørsel") != std::string::npos);
}

TEST_CASE("approved unpaid expenses dated up to the month's end are paid, each as its own line", "[payout][domain]") {
    auto f = family({example_child(day(2024, 1, 1))});
    auto expense = [](Id id, Date d, ExpenseStatus status, long long ore) {
        Expense e;
        e.id = id;
        e.family_id = 1;
        e.child_id = 10;
        e.date = d;
        e.category = "træningsredskaber";
        e.amount = Money::ore(ore);
        e.document_ref = "B-" + std::to_string(id);
        e.status = status;
        return e;
    };
    f.expenses = {expense(2, day(2024, 4, 20), ExpenseStatus::approved, 25000),
                  expense(1, day(2024, 3, 2), ExpenseStatus::approved, 12345),
                  expense(3, day(2024, 5, 1), ExpenseStatus::approved, 99900),   // after the month
                  expense(4, day(2024, 4, 2), ExpenseStatus::submitted, 11100)}; // not approved
    auto r = compute_payout(basis(month(2024, 4), {f}));
    auto expenses = lines_of(r, LineKind::expense);
    REQUIRE(expenses.size() == 2);
    CHECK(expenses[0].expense_id == Id{1});
    CHECK(expenses[0].amount == Money::ore(12345));
    CHECK(expenses[0].description.find("B-1") != std::string::npos);
    CHECK(expenses[1].expense_id == Id{2});
    CHECK(total_of(r.lines) == Money::ore(1368250 + 12345 + 25000));
}

TEST_CASE("the year cap cuts the November line to the remainder and flags it", "[payout][domain]") {
    // 65.000 kr a month as a fixed amount; January–October paid 650.000 of the 706.600 cap.
    auto plan = child(10, day(2015, 6, 1), Period{day(2024, 1, 1), {}},
                      {version(day(2024, 1, 1), 0, 13500, {{"Træning", Money::kroner(65000)}})});
    auto f = family({plan});
    PayoutBasis b = basis(month(2024, 11), {});
    for (unsigned m = 1; m <= 10; ++m) {
        f.settled.push_back(settled(10, LineKind::fixed, month(2024, m), Money::kroner(65000)));
        b.settled_months.push_back(month(2024, m));
    }
    Expense e;
    e.id = 7;
    e.child_id = 10;
    e.date = day(2024, 11, 3);
    e.category = "kursus";
    e.amount = Money::kroner(1000);
    e.status = ExpenseStatus::approved;
    f.expenses.push_back(e);
    b.families = {f};

    auto nov = compute_payout(b);
    REQUIRE(nov.lines.size() == 2);  // no adjustments: the paid months are unchanged
    CHECK(nov.lines[0].kind == LineKind::fixed);
    CHECK(nov.lines[0].computed == Money::kroner(65000));
    CHECK(nov.lines[0].amount == Money::kroner(56600));
    CHECK(nov.lines[0].capped);
    CHECK(nov.lines[0].description.find("årsloftet 706.600,00 kr") != std::string::npos);
    CHECK(nov.lines[1].kind == LineKind::expense);
    CHECK(nov.lines[1].amount == Money());
    CHECK(nov.lines[1].capped);
    REQUIRE(nov.flags.size() == 1);
    CHECK(nov.flags[0].code == FlagCode::cap_reached);
    CHECK(nov.flags[0].child_id == Id{10});

    // October, with 585.000 paid, stays under the cap.
    PayoutBasis oct = b;
    oct.month = month(2024, 10);
    oct.families[0].settled.pop_back();
    oct.settled_months.pop_back();
    oct.families[0].expenses.clear();
    auto october = compute_payout(oct);
    REQUIRE(october.lines.size() == 1);
    CHECK(october.lines[0].amount == Money::kroner(65000));
    CHECK_FALSE(october.lines[0].capped);
    CHECK(october.flags.empty());
}

TEST_CASE("a retroactive change in June to months paid January–May gives five labelled adjustment lines",
          "[payout][domain]") {
    // Paid January–May at 20 h (13.682,50 a month); in June a version from 1 January raises it to 25 h.
    auto plan = child(10, day(2015, 6, 1), Period{day(2023, 9, 1), {}},
                      {version(day(2023, 9, 1), 2000, 13500), version(day(2024, 1, 1), 2500, 13500)});
    auto f = family({plan});
    PayoutBasis b = basis(month(2024, 6), {});
    for (unsigned m = 1; m <= 5; ++m) {
        f.settled.push_back(settled(10, LineKind::helper, month(2024, m), Money::ore(1368250)));
        b.settled_months.push_back(month(2024, m));
    }
    b.families = {f};

    auto june = compute_payout(b);
    auto adjustments = lines_of(june, LineKind::adjustment);
    REQUIRE(adjustments.size() == 5);
    Money sum;
    for (unsigned m = 1; m <= 5; ++m) {
        const auto& a = adjustments[m - 1];
        CHECK(a.month_concerned == month(2024, m));
        CHECK(a.amount == Money::ore(1710313 - 1368250));
        CHECK(a.description.find("Efterregulering " + iso(month(2024, m))) != std::string::npos);
        sum += a.amount;
    }
    CHECK(sum == Money::ore(5 * 1710313 - 5 * 1368250));  // the difference: new − paid
    auto helper = lines_of(june, LineKind::helper);
    REQUIRE(helper.size() == 1);
    CHECK(helper[0].amount == Money::ore(1710313));

    // Once the adjustments are approved too, July has nothing more to correct.
    PayoutBasis july = b;
    july.month = month(2024, 7);
    july.settled_months.push_back(month(2024, 6));
    for (const auto& l : june.lines)
        july.families[0].settled.push_back(
            SettledLine{l.child_id, l.kind, l.month_concerned, l.amount, l.computed, l.award_id, l.withheld});
    auto next = compute_payout(july);
    CHECK(lines_of(next, LineKind::adjustment).empty());
}

TEST_CASE("a line once cut by the cap is not corrected again and again", "[payout][domain]") {
    auto plan = example_child(day(2024, 1, 1));
    auto f = family({plan});
    PayoutBasis b = basis(month(2024, 3), {});
    b.settled_months = {month(2024, 1), month(2024, 2)};
    // February was reckoned at 13.682,50 but only 2.000,00 was paid (cap).
    f.settled = {settled(10, LineKind::helper, month(2024, 1), Money::ore(1368250)),
                 SettledLine{10, LineKind::helper, month(2024, 2), Money::kroner(2000), Money::ore(1368250),
                             std::nullopt, {}}};
    b.families = {f};
    auto r = compute_payout(b);
    CHECK(lines_of(r, LineKind::adjustment).empty());
}

TEST_CASE("a reduction is a negative adjustment, a family whose month is negative is flagged", "[payout][domain]") {
    // Paid January at 20 h; the grant is then ended retroactively on 31 December.
    auto plan = child(10, day(2015, 6, 1), Period{day(2023, 1, 1), day(2023, 12, 31)}, {version(day(2023, 1, 1), 2000, 13500)});
    auto f = family({plan});
    f.settled = {settled(10, LineKind::helper, month(2024, 1), Money::ore(1368250))};
    PayoutBasis b = basis(month(2024, 2), {f});
    b.settled_months = {month(2024, 1)};
    auto r = compute_payout(b);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].kind == LineKind::adjustment);
    CHECK(r.lines[0].amount == Money::ore(-1368250));
    CHECK_FALSE(r.lines[0].capped);
    CHECK(has_flag(r, FlagCode::negative_total));
}

TEST_CASE("a family without bank account stays in the run, held back and flagged with the amount", "[payout][domain][held]") {
    auto without = family({example_child(day(2024, 1, 1))});
    without.family.bank.reset();
    auto with = family({example_child(day(2024, 1, 1))});
    with.family.id = 2;
    auto r = compute_payout(basis(month(2024, 4), {without, with}));
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0].family_id == 1);
    CHECK(r.lines[0].amount == Money::ore(1368250));
    CHECK(r.lines[0].held_back == "ingen bankkonto for familien");
    CHECK(r.lines[1].family_id == 2);
    CHECK(r.lines[1].held_back.empty());
    REQUIRE(r.flags.size() == 1);
    CHECK(r.flags[0].code == FlagCode::missing_bank_account);
    CHECK(r.flags[0].family_id == 1);
    CHECK(r.flags[0].message.find("13.682,50 kr holdes tilbage") != std::string::npos);
    // Both families' payees are recorded; the one without an account has none.
    REQUIRE(r.payees.size() == 2);
    CHECK_FALSE(r.payees[0].account);
    CHECK(r.payees[1].account);
}

TEST_CASE("a month left out for want of a bank account is caught up by an adjustment", "[payout][domain]") {
    auto f = family({example_child(day(2024, 1, 1))});
    PayoutBasis b = basis(month(2024, 2), {f});
    b.settled_months = {month(2024, 1)};  // January was approved without this family
    auto r = compute_payout(b);
    auto adjustments = lines_of(r, LineKind::adjustment);
    REQUIRE(adjustments.size() == 1);
    CHECK(adjustments[0].month_concerned == month(2024, 1));
    CHECK(adjustments[0].amount == Money::ore(1368250));
}

TEST_CASE("line kinds and flag codes round-trip through their names", "[payout][domain]") {
    for (LineKind k : kAllLineKinds) CHECK(parse_line_kind(to_string(k)) == k);
    CHECK_FALSE(parse_line_kind("bonus"));
    for (FlagCode c : {FlagCode::missing_bank_account, FlagCode::cap_reached, FlagCode::turns_18, FlagCode::negative_total,
                       FlagCode::missing_parent_account, FlagCode::missing_pension_scheme, FlagCode::account_changed,
                       FlagCode::held_back_released, FlagCode::catch_up, FlagCode::expense_over_budget,
                       FlagCode::account_unconfirmed})
        CHECK(parse_flag_code(to_string(c)) == c);
    for (Payee p : {Payee::family, Payee::parent, Payee::pension}) CHECK(parse_payee(to_string(p)) == p);
}

TEST_CASE("a Danish account's IBAN carries MOD-97 check digits", "[payout][domain]") {
    CHECK(danish_iban({"0040", "440116243"}) == "DK5000400440116243");  // the ECBS example
    CHECK(danish_iban({"1234", "12345678"}).size() == 18);
}

TEST_CASE("an expense approved beyond its budget is paid as approved and flagged with the decider's reason",
          "[payout][domain][expense]") {
    auto f = family({example_child(day(2024, 1, 1))});
    Expense e;
    e.id = 5;
    e.family_id = 1;
    e.child_id = 10;
    e.date = day(2024, 4, 3);
    e.category = "Træningsredskaber";
    e.amount = Money::ore(4999900);
    e.document_ref = "B-77";
    e.status = ExpenseStatus::approved;
    e.decided_by = "caseworker2";
    e.over_budget_reason = "Nødvendig specialstol";
    f.expenses = {e};
    auto r = compute_payout(basis(month(2024, 4), {f}));
    auto expenses = lines_of(r, LineKind::expense);
    REQUIRE(expenses.size() == 1);
    CHECK(expenses[0].amount == Money::ore(4999900));
    REQUIRE(has_flag(r, FlagCode::expense_over_budget));
    for (const auto& flag : r.flags)
        if (flag.code == FlagCode::expense_over_budget) {
            CHECK(flag.message.find("49.999,00 kr") != std::string::npos);
            CHECK(flag.message.find("caseworker2") != std::string::npos);
            CHECK(flag.message.find("Nødvendig specialstol") != std::string::npos);
        }
    CHECK(parse_flag_code("expense_over_budget") == FlagCode::expense_over_budget);

    f.expenses[0].over_budget_reason.clear();  // approved within its budget: no flag
    CHECK_FALSE(has_flag(compute_payout(basis(month(2024, 4), {f})), FlagCode::expense_over_budget));
}

TEST_CASE("a wage of 9223372036854775807 øre is an overflow error, never a negative helper line",
          "[payout][domain][overflow]") {
    // Issue 16 item 3: this wage gave a helper line of −92 quadrillion kr that
    // was approved and posted. The service's ranges refuse such a wage
    // (domain/limits.h); the arithmetic refuses it as well.
    auto f = family({child(10, day(2015, 6, 1), Period{day(2024, 1, 1), {}},
                           {version(day(2024, 1, 1), 2000, std::numeric_limits<std::int64_t>::max())})});
    try {
        compute_payout(basis(month(2024, 4), {f}));
        FAIL("computed a payout");
    } catch (const ArithmeticOverflow& e) {
        CHECK(e.code() == "overflow");
    }
}
