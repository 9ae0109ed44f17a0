// Small builders for payout bases in the domain tests: the worked example's
// rates (holiday pay 12,5 %, on-cost 6,00 kr/h, the 2024 cap) and children
// with one grant.
#pragma once

#include "domain/payout.h"
#include "domain/payout_run.h"

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

// The run a basis computes, as preparing would record it: month, total, lines, flags, payees.
inline PayoutRun run_of(const PayoutBasis& b) {
    PayoutResult r = compute_payout(b);
    PayoutRun run;
    run.header.month = b.month;
    run.header.total = total_of(r.lines);
    run.lines = std::move(r.lines);
    run.flags = std::move(r.flags);
    run.payees = std::move(r.payees);
    return run;
}

inline SettledLine settled(Id child_id, LineKind kind, Month m, Money amount) {
    return SettledLine{child_id, kind, m, amount, amount, std::nullopt, {}};
}

// The 2024 figures of domain.md §9 for lost earnings: cap 35.247 kr, the ATP table from 2024.
inline PayoutRates rates_2024() {
    PayoutRates r = example_rates();
    r.year.year = 2024;
    r.year.lost_earnings_cap = MoneyFigure{Money::kroner(35247), false, "satser for 2024"};
    r.year.atp = {{Hours::whole(0), Money{}, Money{}},
                  {Hours::whole(39), Money::kroner(33), Money::kroner(66)},
                  {Hours::whole(78), Money::kroner(66), Money::kroner(132)},
                  {Hours::whole(117), Money::kroner(99), Money::kroner(198)}};
    return r;
}

// Award 7 to Mette: full time off (37 of 37 h) from 1 January 2024, pension 8 %,
// trækprocent 38 %, no fradrag; her own account and her own pension scheme.
// At 30.000 kr a full month: ATP 99,00, AM-bidrag 2.392,08, A-skat 10.453,39,
// net 17.055,53, pension 2.400,00 (tests/domain/lost_earnings_test.cpp).
inline LostEarningsAward award_for(Id child_id, std::int64_t income_kroner) {
    LostEarningsAward a;
    a.id = 7;
    a.child_id = child_id;
    a.parent_name = "Mette";
    a.period = Period{day(2024, 1, 1), std::nullopt};
    a.monthly_income_before = Money::kroner(income_kroner);
    a.hours_off_per_week = Hours::whole(37);
    a.normal_weekly_hours = Hours::whole(37);
    a.former_employer_pension = Rate::basis_points(800);
    a.purpose = AwardPurpose::home_training;
    a.tax_card = TaxCard{Rate::basis_points(3800), Money{}};
    a.parent_bank = BankAccount{"5301", "0000654321"};
    a.pension_payee = PensionPayee{"Pensionskassen Syd (fiktiv)", BankAccount{"9570", "0000111222"}};
    return a;
}

// The lines of one kind, in the order the run holds them.
inline std::vector<PayoutLine> lines_of(const PayoutResult& r, LineKind kind) {
    std::vector<PayoutLine> out;
    for (const auto& l : r.lines)
        if (l.kind == kind) out.push_back(l);
    return out;
}

} // namespace hjt::test
