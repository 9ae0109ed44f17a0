#include "domain/payslip.h"

#include "domain/exact.h"

namespace hjt {

namespace {

constexpr std::int64_t kDaysInAWeek = 7;
// Ferieloven § 43: household help employed at most 8 hours a week.
constexpr std::int64_t kHouseholdHelpWeeklyHundredths = 800;
constexpr std::int64_t kMonthsInAYear = 12;

} // namespace

bool household_help_month(Month month, Hours hours, const PayrollRules& rules) {
    if (!rules.household_help_paid_holiday) return false;
    // hours / (days / 7) ≤ 8, in whole numbers.
    return static_cast<__int128>(hours.hundredths()) * kDaysInAWeek <=
           static_cast<__int128>(kHouseholdHelpWeeklyHundredths) * days_in_month(month);
}

Money Payslip::employer_contributions() const {
    Money sum;
    for (Money c : contributions) sum += c;
    return sum;
}

Payslip compute_payslip(const PayslipInput& in, const YearRates& rates, const PayrollRules& rules) {
    Payslip p;
    p.rules = rules;
    p.hours = in.work_hours + in.sick_hours;
    p.sick_hours = in.sick_hours;
    p.hourly_wage = in.hourly_wage;
    p.sick_pay = (in.hourly_wage * in.sick_hours).rounded();
    p.gross = (in.hourly_wage * in.work_hours).rounded() + p.sick_pay;

    const AtpBracket& atp = atp_bracket(rates, p.hours);
    p.atp_employee = atp.employee;
    p.atp_employer = atp.employer;

    const WithholdingRules withholding{rates.am_bidrag, rules.rounding, rules.income};
    const Money fradrag = in.tax_card.monthly_deduction;
    const Withheld wage = withhold(p.gross, p.atp_employee, in.tax_card, fradrag, withholding);
    p.am_income = wage.am_income;
    p.am_bidrag = wage.am_bidrag;
    p.a_income = wage.a_income;
    p.deduction_used = wage.deduction_used;
    p.a_skat = wage.a_skat;
    p.net = wage.net;

    p.household_help = household_help_month(in.month, p.hours, rules);
    if (!p.household_help) {
        p.holiday_pay = (p.gross * rates.holiday_pay).rounded();
        // The fradrag is the month's, used once: what the wage left over.
        const Withheld holiday = withhold(p.holiday_pay, Money{}, in.tax_card, fradrag - wage.deduction_used, withholding);
        p.holiday_am_bidrag = holiday.am_bidrag;
        p.holiday_deduction_used = holiday.deduction_used;
        p.holiday_a_skat = holiday.a_skat;
        p.holiday_net = holiday.net;
    }

    for (Contribution c : kContributions)
        p.contributions[static_cast<std::size_t>(c)] = contribution(rates, c, p.hours);
    p.employer_cost = p.gross + p.holiday_pay + p.atp_employer + p.employer_contributions();
    return p;
}

Payslip add_up(const std::vector<Payslip>& slips) {
    Payslip total;
    for (const Payslip& p : slips) {
        total.rules = p.rules;
        total.hours += p.hours;
        total.sick_hours += p.sick_hours;
        for (auto [sum, value] : {std::pair{&total.sick_pay, p.sick_pay}, {&total.gross, p.gross}, {&total.atp_employee, p.atp_employee},
                                  {&total.atp_employer, p.atp_employer}, {&total.am_income, p.am_income},
                                  {&total.am_bidrag, p.am_bidrag}, {&total.a_income, p.a_income},
                                  {&total.deduction_used, p.deduction_used}, {&total.a_skat, p.a_skat},
                                  {&total.net, p.net}, {&total.holiday_pay, p.holiday_pay},
                                  {&total.holiday_am_bidrag, p.holiday_am_bidrag},
                                  {&total.holiday_deduction_used, p.holiday_deduction_used},
                                  {&total.holiday_a_skat, p.holiday_a_skat}, {&total.holiday_net, p.holiday_net},
                                  {&total.employer_cost, p.employer_cost}})
            *sum += value;
        for (std::size_t i = 0; i < kContributionCount; ++i) total.contributions[i] += p.contributions[i];
    }
    return total;
}

Money work_injury_month(const YearRates& rates, Month month) {
    if (!rates.work_injury_premium) return Money{};
    // The premium to the end of this month less that to the end of the last,
    // each rounded once: the twelve months add up to the premium exactly.
    const Money premium = rates.work_injury_premium->amount;
    const auto m = static_cast<std::int64_t>(static_cast<unsigned>(month.month()));
    return (premium * Fraction{m, kMonthsInAYear}).rounded() - (premium * Fraction{m - 1, kMonthsInAYear}).rounded();
}

} // namespace hjt
