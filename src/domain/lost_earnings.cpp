#include "domain/lost_earnings.h"

#include <algorithm>

#include "domain/errors.h"
#include "domain/withholding.h"

namespace hjt {

namespace {

// § 87: the pension contribution is 10 %, or the former employer's rate if lower.
constexpr Rate kMaxPension = Rate::basis_points(1000);
// A week's reduced hours as a month's: × 52 weeks / 12 months.
constexpr std::int64_t kWeeksInAYear = 52;
constexpr std::int64_t kMonthsInAYear = 12;

// The days of month m the award pays: the award's period, cut at the day
// before the child's 18th birthday.
Fraction paid_days(const LostEarningsAward& award, Date child_birth, Month m) {
    auto paid = intersect(award.period, Period{award.period.from, support_end(child_birth)});
    if (!paid) return Fraction{0, days_in_month(m)};
    return covered_fraction(m, *paid);
}

// The parent's reduced hours paid in the month, which place the benefit in the
// ATP table as for a monthly paid employee: hours off per week × 52/12, for the
// covered days only (× d/D), rounded once to hundredths.
Hours atp_hours_of(Hours hours_off_per_week, Fraction days) {
    __int128 numerator = static_cast<__int128>(hours_off_per_week.hundredths()) * kWeeksInAYear * days.numerator;
    return Hours::hundredths(divide_rounding_half_away(numerator, __int128{kMonthsInAYear} * days.denominator));
}

} // namespace

Fraction reduction_fraction(Hours hours_off_per_week, Hours normal_weekly_hours) {
    if (normal_weekly_hours <= Hours{} || hours_off_per_week <= Hours{} || hours_off_per_week > normal_weekly_hours)
        throw ValidationError("hours_off_per_week",
                              "hours off work must be more than 0 and at most the normal weekly hours (0 < f ≤ 1)");
    return Fraction{hours_off_per_week.hundredths(), normal_weekly_hours.hundredths()};
}

void check_lost_earnings_rules(const LostEarningsAward& award, Date child_birth) {
    Date last = support_end(child_birth);
    if (award.period.from > last)
        throw ValidationError("period_from", "starts on or after the child's 18th birthday; support ends " + iso(last));
    reduction_fraction(award.hours_off_per_week, award.normal_weekly_hours);
}

LostEarningsMonth compute_lost_earnings(const LostEarningsAward& award, Date child_birth, Month m,
                                        const YearRates& rates) {
    if (!rates.lost_earnings_cap) throw NotFound("no lost-earnings cap for " + std::to_string(rates.year));
    LostEarningsMonth r;
    r.month = m;
    r.reduction = reduction_fraction(award.hours_off_per_week, award.normal_weekly_hours);
    r.days = paid_days(award, child_birth, m);
    r.income_before = award.monthly_income_before;
    r.reduction_amount = (award.monthly_income_before * r.reduction).rounded();
    r.cap = (rates.lost_earnings_cap->amount * r.reduction).rounded();
    r.cap_estimated = rates.lost_earnings_cap->estimated;
    r.capped = rates.lost_earnings_cap->amount < award.monthly_income_before;
    r.pension_rate = std::min(award.former_employer_pension, kMaxPension);
    if (r.days.numerator == 0) return r;

    // Both sides carry the same f, so the lower of income and cap decides. The
    // saved costs are monthly, so a part month saves only its d/D of them.
    Money base = std::min(award.monthly_income_before, rates.lost_earnings_cap->amount);
    r.saved_costs = (award.monthly_saved_costs * r.days).rounded();
    ExactMoney benefit = (ExactMoney(base) * r.reduction - ExactMoney(award.monthly_saved_costs)) * r.days;
    r.benefit = benefit.is_negative() ? Money{} : benefit.rounded();
    r.pension = (r.benefit * r.pension_rate).rounded();
    if (r.benefit == Money{}) return r;

    r.atp_hours = atp_hours_of(award.hours_off_per_week, r.days);
    const AtpBracket& atp = atp_bracket(rates, r.atp_hours);
    r.atp_employee = atp.employee;
    r.atp_employer = atp.employer;
    // The one withholding of domain.md §6, as on a helper's wage; the benefit
    // is A-income and the month's only payment to the parent, so the whole
    // fradrag is there to use. Rounded by Skattestyrelsen's method 1.
    const Withheld w = withhold(r.benefit, r.atp_employee, award.tax_card, award.tax_card.monthly_deduction,
                                WithholdingRules{rates.am_bidrag, RoundingMethod::with_ore, IncomeKind::a_income});
    r.am_bidrag = w.am_bidrag;
    r.a_skat = w.a_skat;
    r.net = w.net;
    return r;
}

} // namespace hjt
