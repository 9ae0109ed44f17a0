// Properties of a whole year of monthly runs, over 2,000 random small years
// computed in the domain core (no database): every month's run sheet rows add
// up to the run's total, every approved expense is paid exactly once, and
// after retroactive grant changes and months left out for want of a bank
// account, what a child's months were paid in the end (their lines plus the
// adjustments of later runs) is to the øre what the month is worth now.
// Seeded: a failure names its case, which repeats.
#include <catch2/catch.hpp>

#include <map>
#include <random>

#include "domain/payout_run.h"
#include "payout/payout_domain_fixtures.h"

using namespace hjt;
using namespace hjt::test;

namespace {

constexpr int kYear = 2026;

Date plus_days(Date d, int days) { return Date{date::sys_days{d} + date::days{days}}; }

class RandomYear {
public:
    explicit RandomYear(std::uint64_t seed) : random_(seed) {
        int families = pick(1, 3);
        for (int f = 1; f <= families; ++f) families_.push_back(random_family(f));
    }

    // The run of `m` as approved after the months before it, with the register as it now stands.
    PayoutResult run(Month m) {
        PayoutBasis b;
        b.month = m;
        b.rates = example_rates();
        for (Month s{date::year{kYear}, date::January}; s < m; s += date::months{1}) b.settled_months.push_back(s);
        for (auto& f : families_) {
            FamilyPayoutBasis basis = f;
            // Months before December may lack the account; December has it, so it catches up.
            if (m.month() != date::December && pick(0, 5) == 0) basis.family.bank.reset();
            basis.expenses.clear();
            for (const auto& e : f.expenses)
                if (!e.paid_in_run && e.date <= last_day(m)) basis.expenses.push_back(e);
            for (const auto& l : paid_)
                if (l.family_id == f.family.id)
                    basis.settled.push_back({l.child_id, l.kind, l.month_concerned, l.amount, l.computed, {}, {}});
            b.families.push_back(std::move(basis));
        }
        PayoutResult result = compute_payout(b);
        for (const auto& l : result.lines) {
            paid_.push_back(l);
            if (l.expense_id) mark_paid(*l.expense_id);
        }
        return result;
    }

    // A retroactive change: a new version of a random grant from a random earlier month.
    void change_a_grant(Month now) {
        auto& family = families_[pick(0, int(families_.size()) - 1)];
        auto& grant = family.children[pick(0, int(family.children.size()) - 1)].grants.front();
        Month from{date::year{kYear}, date::month{unsigned(pick(1, unsigned(now.month())))}};
        Date effective = plus_days(first_day(from), pick(0, 27));
        if (effective <= grant.versions.back().effective_from) return;
        grant.versions.push_back(version(effective, pick(0, 2000), pick(11000, 16000)));
    }

    // What each child's month is worth under the register as it now stands: a
    // run of that month alone, as if nothing had been paid before.
    std::map<std::pair<Id, Month>, Money> worth_now() const {
        std::map<std::pair<Id, Month>, Money> worth;
        for (Month m{date::year{kYear}, date::January}; m.year() == date::year{kYear}; m += date::months{1}) {
            PayoutBasis b = basis(m, families_);
            for (auto& f : b.families) f.expenses.clear();
            for (const auto& l : compute_payout(b).lines) worth[{l.child_id, l.month_concerned}] += l.amount;
        }
        return worth;
    }

    // The same as paid: grant lines and their adjustments, by child and month concerned.
    std::map<std::pair<Id, Month>, Money> paid_in_the_end() const {
        std::map<std::pair<Id, Month>, Money> paid;
        for (const auto& l : paid_)
            if (l.kind == LineKind::helper || l.kind == LineKind::fixed || l.kind == LineKind::adjustment)
                paid[{l.child_id, l.month_concerned}] += l.amount;
        return paid;
    }

    Money expenses_approved() const { return sum_expenses(false); }
    Money expense_lines() const {
        Money total;
        for (const auto& l : paid_)
            if (l.kind == LineKind::expense) total += l.amount;
        return total;
    }
    bool every_expense_paid() const { return sum_expenses(true) == expenses_approved(); }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

    FamilyPayoutBasis random_family(int f) {
        FamilyPayoutBasis basis = family({});
        basis.family.id = f;
        int children = pick(1, 2);
        for (int c = 0; c < children; ++c) {
            Id id = f * 10 + c;
            // Some children turn 18 during the year: support ends the day before.
            Date birth = plus_days(first_day(Month{date::year{kYear - pick(2, 18)}, date::month{unsigned(pick(1, 12))}}),
                                   pick(0, 27));
            Date from = Date{date::year{kYear}, date::month{unsigned(pick(1, 6))}, date::day{unsigned(pick(1, 28))}};
            std::optional<Date> to;
            if (pick(0, 3) == 0) to = plus_days(from, pick(30, 300));
            std::vector<FixedLine> fixed;
            if (pick(0, 2) == 0) fixed.push_back({"kursus", Money::ore(pick(1000, 200000))});
            ChildPlan plan = child(id, birth, Period{from, to}, {version(from, pick(100, 2000), pick(11000, 16000), fixed)});
            plan.child.family_id = f;
            basis.children.push_back(std::move(plan));
            for (int e = pick(0, 2); e > 0; --e) {
                Expense expense;
                expense.id = id * 100 + e;
                expense.family_id = f;
                expense.child_id = id;
                expense.date = Date{date::year{kYear}, date::month{unsigned(pick(1, 12))}, date::day{unsigned(pick(1, 28))}};
                expense.category = "kursus";
                expense.amount = Money::ore(pick(100, 500000));
                expense.status = ExpenseStatus::approved;
                basis.expenses.push_back(expense);
            }
        }
        return basis;
    }

    void mark_paid(Id expense_id) {
        for (auto& f : families_)
            for (auto& e : f.expenses)
                if (e.id == expense_id) e.paid_in_run = 1;
    }

    Money sum_expenses(bool paid_only) const {
        Money total;
        for (const auto& f : families_)
            for (const auto& e : f.expenses)
                if (!paid_only || e.paid_in_run) total += e.amount;
        return total;
    }

    std::mt19937_64 random_;
    std::vector<FamilyPayoutBasis> families_;
    std::vector<PayoutLine> paid_;  // every line of every run so far
};

} // namespace

TEST_CASE("property: 2,000 random years: run sheets add up, expenses paid once, adjustments settle to the øre",
          "[trust][property]") {
    constexpr int kYears = 2000;
    for (std::uint64_t seed = 1; seed <= kYears; ++seed) {
        INFO("seed " << seed);
        RandomYear year(seed);
        std::mt19937_64 changes(seed * 7919);
        for (Month m{date::year{kYear}, date::January}; m.year() == date::year{kYear}; m += date::months{1}) {
            if (m.month() != date::January && changes() % 3 == 0) year.change_a_grant(m);
            INFO("month " << iso(m));
            PayoutResult run = year.run(m);
            Money sheet;
            for (const auto& row : family_totals(run.lines)) {
                Money by_kind;
                for (auto k : kAllLineKinds) by_kind += row.by_kind[static_cast<std::size_t>(k)];
                REQUIRE(by_kind.ore() == row.total.ore());
                sheet += row.total;
            }
            REQUIRE(sheet.ore() == total_of(run.lines).ore());
        }
        REQUIRE(year.every_expense_paid());
        REQUIRE(year.expense_lines().ore() == year.expenses_approved().ore());
        const auto worth = year.worth_now();
        const auto paid = year.paid_in_the_end();
        for (const auto& [key, amount] : worth) {
            INFO("child " << key.first << ", " << iso(key.second));
            auto it = paid.find(key);
            REQUIRE((it == paid.end() ? 0 : it->second.ore()) == amount.ore());
        }
        for (const auto& [key, amount] : paid)
            if (!worth.count(key)) REQUIRE(amount.ore() == 0);
    }
}
