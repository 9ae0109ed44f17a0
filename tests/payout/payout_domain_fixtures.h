// Small builders for payout bases in the domain tests: the worked example's
// rates (holiday pay 12,5 %, on-cost 6,00 kr/h, the 2024 cap) and children
// with one grant.
#pragma once

#include "domain/payout.h"

namespace hjt::test {

inline Date day(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }
inline Month month(int y, unsigned m) { return Month{date::year{y}, date::month{m}}; }

inline PayoutRates example_rates() {
    return PayoutRates{Money::kroner(706600), false, Rate::basis_points(1250), Money::kroner(6), {}};
}

inline GrantVersion version(Date from, long long weekly_hours_h100, long long wage_ore,
                            std::vector<FixedLine> fixed = {}) {
    GrantVersion v;
    v.effective_from = from;
    v.weekly_hours = Hours::hundredths(weekly_hours_h100);
    v.hourly_wage = Money::ore(wage_ore);
    v.fixed_lines = std::move(fixed);
    return v;
}

inline ChildPlan child(Id id, Date birth, Period valid, std::vector<GrantVersion> versions) {
    ChildPlan plan;
    plan.child.id = id;
    plan.child.family_id = 1;
    plan.child.name = "Barn " + std::to_string(id);
    plan.child.birth_date = birth;
    Grant g;
    g.id = id;
    g.child_id = id;
    g.valid = valid;
    g.versions = std::move(versions);
    plan.grants.push_back(std::move(g));
    return plan;
}

inline FamilyPayoutBasis family(std::vector<ChildPlan> children) {
    FamilyPayoutBasis f;
    f.family.id = 1;
    f.family.name = "Familien Jensen";
    f.family.cvr = "12345674";
    f.family.bank = BankAccount{"1234", "0012345678"};
    f.children = std::move(children);
    return f;
}

inline PayoutBasis basis(Month m, std::vector<FamilyPayoutBasis> families) {
    PayoutBasis b;
    b.month = m;
    b.rates = example_rates();
    b.families = std::move(families);
    return b;
}

inline SettledLine settled(Id child_id, LineKind kind, Month m, Money amount) {
    return SettledLine{child_id, kind, m, amount, amount};
}

} // namespace hjt::test
