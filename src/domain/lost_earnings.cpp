#include "domain/lost_earnings.h"

#include <algorithm>

#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/withholding.h"

namespace hjt {

namespace {

// Bekendtgørelse § 11, stk. 2: the pension is 10 % of the gross benefit (at
// most the former employer's contribution in kroner).
constexpr Rate kPensionOfBenefit = Rate::basis_points(1000);
// The optional holiday supplement (policy): 1 % of the benefit.
constexpr Rate kHolidaySupplement = Rate::basis_points(100);
constexpr std::int64_t kBasisPointsInAWhole = 10000;
// A week's reduced hours as a month's: × 52 weeks / 12 months.
constexpr std::int64_t kWeeksInAYear = 52;
constexpr std::int64_t kMonthsInAYear = 12;
// f's denominator before the parent's own hours were required (shown on an adjustment).
constexpr Hours kOldDefaultHours = Hours::whole(37);

ExactMoney lower(const ExactMoney& a, const ExactMoney& b) { return (a - b).is_negative() ? a : b; }

int year_of(Date d) { return static_cast<int>(d.year()); }

// The days of month m the award covers: the award's period, cut at the day
// before the child's 18th birthday.
std::optional<Period> covered_period(const LostEarningsAward& award, Date child_birth) {
    return intersect(award.period, Period{award.period.from, support_end(child_birth)});
}

// The days of month m within the covered period on which the parent draws
// holiday pay from a former employer (the periods do not overlap).
int holiday_days_in(const LostEarningsAward& award, const Period& covered, Month m) {
    int days = 0;
    for (const Period& holiday : award.holiday_periods)
        if (auto both = intersect(holiday, covered)) days += static_cast<int>(covered_fraction(m, *both).numerator);
    return days;
}

// The parent's reduced hours paid in the month, which place the benefit in the
// ATP table as for a monthly paid employee: hours off per week × 52/12, for the
// paid days only (× d/D), rounded once to hundredths.
Hours atp_hours_of(Hours hours_off_per_week, Fraction days) {
    __int128 numerator = static_cast<__int128>(hours_off_per_week.hundredths()) * kWeeksInAYear * days.numerator;
    return Hours::hundredths(divide_rounding_half_away(numerator, __int128{kMonthsInAYear} * days.denominator));
}

// income × f regulated up to the month's year: as awarded in the award's own
// year; from each following 1 January the year before's amount × (1 + that
// year's satsreguleringsprocent), rounded to øre as the year's amount (the
// regulated benefit is a figure of its own each year, so the chain of years
// never grows beyond exact arithmetic). NotFound for a year without a figure.
ExactMoney regulated(const ExactMoney& awarded, int award_year, int year, const LostEarningsTerms& terms,
                     LostEarningsMonth& r) {
    ExactMoney amount = awarded;
    for (int y = award_year + 1; y <= year; ++y) {
        auto figure = terms.regulation.find(y);
        if (figure == terms.regulation.end())
            throw NotFound(Message{MessageCode::regulation_missing, {std::to_string(y)}});
        Fraction factor{kBasisPointsInAWhole + figure->second.rate.basis_points(), kBasisPointsInAWhole};
        amount = ExactMoney((amount * factor).rounded());
        r.regulation_estimated = r.regulation_estimated || figure->second.estimated;
        if (y == year) r.regulation_this_year = figure->second.rate;
    }
    return amount;
}

void note_rules(const LostEarningsAward& award, int award_year, bool pension_at_ceiling, LostEarningsMonth& r) {
    if (r.holiday_days > 0)
        r.benefit_rules.push_back("ferie med feriepenge fra tidligere arbejdsgiver: " + std::to_string(r.holiday_days) +
                                  " dage uden ydelse (bek. § 13)");
    if (r.regulated_amount != r.reduction_amount)
        r.benefit_rules.push_back("satsreguleret fra 1. januar efter " + std::to_string(award_year) + " til " +
                                  format_kroner(r.regulated_amount) + " pr. måned");
    if (*award.normal_weekly_hours != kOldDefaultHours)
        r.benefit_rules.push_back("timebrøk af forælderens egne " + format_hours(*award.normal_weekly_hours) +
                                  " timer om ugen (§ 87, stk. 3)");
    if (r.holiday_supplement != Money{}) r.benefit_rules.push_back("ferietillæg 1 % (kommunens politik)");
    r.pension_rules = r.benefit_rules;
    if (pension_at_ceiling)
        r.pension_rules.insert(r.pension_rules.begin(),
                               "pension 10 % af bruttoydelsen, højst tidligere arbejdsgivers bidrag i kroner, "
                               "fastsat ved bevillingen (bek. § 11, stk. 2)");
    if (r.saved_costs != Money{})
        r.benefit_rules.push_back("besparelser fratrukket nettoydelsen efter ATP, AM-bidrag og A-skat");
}

} // namespace

Fraction reduction_fraction(Hours hours_off_per_week, Hours normal_weekly_hours) {
    if (normal_weekly_hours <= Hours{} || hours_off_per_week <= Hours{} || hours_off_per_week > normal_weekly_hours)
        throw ValidationError("hours_off_per_week",
                              Message{MessageCode::hours_off_out_of_range, {format_hours(normal_weekly_hours)}});
    return Fraction{hours_off_per_week.hundredths(), normal_weekly_hours.hundredths()};
}

void check_lost_earnings_rules(const LostEarningsAward& award, Date child_birth) {
    Date last = support_end(child_birth);
    if (award.period.from > last)
        throw ValidationError("period_from", Message{MessageCode::award_after_18th_birthday, {format_danish_date(last)}});
    if (!award.normal_weekly_hours)
        throw ValidationError("normal_weekly_hours", Message{MessageCode::normal_hours_missing, {}});
    reduction_fraction(award.hours_off_per_week, *award.normal_weekly_hours);
    std::optional<Date> previous_end;
    for (const Period& holiday : award.holiday_periods) {
        if (!holiday.to || *holiday.to < holiday.from)
            throw ValidationError("holiday_periods", Message{MessageCode::period_end_before_start,
                                                             {holiday.to ? format_danish_date(*holiday.to) : "",
                                                              format_danish_date(holiday.from)}});
        if (previous_end && holiday.from <= *previous_end)
            throw ValidationError("holiday_periods",
                                  Message{MessageCode::holidays_out_of_order, {format_danish_date(holiday.from)}});
        previous_end = holiday.to;
    }
}

std::map<int, RateFigure> regulation_series(const RateBook& book) {
    std::map<int, RateFigure> series;
    for (const auto& [year, rates] : book.all())
        if (rates.satsregulering) series.emplace(year, *rates.satsregulering);
    return series;
}

LostEarningsTerms lost_earnings_terms(const RateBook& rates, const Policy& policy) {
    return LostEarningsTerms{regulation_series(rates), policy.lost_earnings_holiday_supplement, policy.rounding_method};
}

std::optional<Money> awarded_monthly_reduction(const LostEarningsAward& award) {
    if (!award.normal_weekly_hours) return std::nullopt;
    return (award.monthly_income_before * reduction_fraction(award.hours_off_per_week, *award.normal_weekly_hours))
        .rounded();
}

AwardState award_state(const LostEarningsAward& award, Date on) {
    if (date::sys_days{on} < date::sys_days{award.period.from}) return AwardState::upcoming;
    if (award.period.to && date::sys_days{*award.period.to} < date::sys_days{on}) return AwardState::ended;
    return AwardState::running;
}

std::string to_string(AwardState state) {
    switch (state) {
        case AwardState::upcoming: return "upcoming";
        case AwardState::running: return "running";
        case AwardState::ended: return "ended";
    }
    return "running";
}

LostEarningsMonth compute_lost_earnings(const LostEarningsAward& award, Date child_birth, Month m,
                                        const YearRates& rates, const LostEarningsTerms& terms) {
    if (!rates.lost_earnings_cap) throw NotFound(Message{MessageCode::lost_earnings_cap_missing, {std::to_string(rates.year)}});
    if (!award.normal_weekly_hours)
        throw ValidationError("normal_weekly_hours", Message{MessageCode::normal_hours_missing, {}});
    LostEarningsMonth r;
    r.month = m;
    r.reduction = reduction_fraction(award.hours_off_per_week, *award.normal_weekly_hours);
    r.income_before = award.monthly_income_before;
    r.pension_rate = award.former_employer_pension;
    ExactMoney awarded = award.monthly_income_before * r.reduction;
    r.reduction_amount = awarded.rounded();  // == awarded_monthly_reduction(award)
    r.regulated_amount = r.reduction_amount;
    ExactMoney cap = rates.lost_earnings_cap->amount * r.reduction;
    r.cap = cap.rounded();
    r.cap_estimated = rates.lost_earnings_cap->estimated;
    r.days = Fraction{0, days_in_month(m)};

    auto covered = covered_period(award, child_birth);
    int covered_days = covered ? static_cast<int>(covered_fraction(m, *covered).numerator) : 0;
    if (covered_days == 0) return r;
    r.holiday_days = holiday_days_in(award, *covered, m);
    r.days.numerator = covered_days - r.holiday_days;

    int award_year = year_of(award.period.from);
    ExactMoney uncapped = regulated(awarded, award_year, static_cast<int>(m.year()), terms, r);
    r.regulated_amount = uncapped.rounded();
    r.capped = (cap - uncapped).is_negative();
    bool pension_at_ceiling = false;
    if (r.days.numerator > 0) {
        r.benefit = (lower(uncapped, cap) * r.days).rounded();
        if (terms.holiday_supplement) r.holiday_supplement = (r.benefit * kHolidaySupplement).rounded();
        r.benefit += r.holiday_supplement;

        // The ceiling is the former employer's contribution for the hours off
        // as awarded: fixed at the award, so never regulated.
        ExactMoney ceiling = awarded * award.former_employer_pension * r.days;
        ExactMoney tenth = r.benefit * kPensionOfBenefit;
        r.former_pension = ceiling.rounded();
        r.pension = lower(tenth, ceiling).rounded();
        pension_at_ceiling = (ceiling - tenth).is_negative();

        r.atp_hours = atp_hours_of(award.hours_off_per_week, r.days);
        const AtpBracket& atp = atp_bracket(rates, r.atp_hours);
        r.atp_employee = atp.employee;
        r.atp_employer = atp.employer;
        r.atp_estimated = rates.atp_estimated;
        // The one withholding of domain.md §6, as on a helper's wage; the benefit
        // is A-income and the month's only payment to the parent, so the whole
        // fradrag is there to use, rounded by the policy's method.
        const Withheld w = withhold(r.benefit, r.atp_employee, award.tax_card, award.tax_card.monthly_deduction,
                                    WithholdingRules{rates.am_bidrag, terms.rounding, IncomeKind::a_income});
        r.am_bidrag = w.am_bidrag;
        r.a_skat = w.a_skat;

        // Saved costs (e.g. transport) come off the net after tax, never below 0.
        Money after_tax = w.net;
        r.saved_costs = std::max(Money{}, std::min((award.monthly_saved_costs * r.days).rounded(), after_tax));
        r.net = after_tax - r.saved_costs;
    }
    note_rules(award, award_year, pension_at_ceiling, r);
    return r;
}

} // namespace hjt
