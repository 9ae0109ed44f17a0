#include "domain/payslip.h"

#include "domain/exact.h"

namespace hjt {

namespace {

// A-skat of a taxable amount: never negative, withheld in whole kroner (rounded down).
Money a_skat_of(Money taxable, Rate withholding) {
    if (taxable <= Money{}) return Money{};
    return (taxable * withholding).floored_to_kroner();
}

} // namespace

Hours payslip_hours(long long minutes) {
    return Hours::hundredths(divide_rounding_half_away(static_cast<__int128>(minutes) * 100, 60));
}

Payslip compute_payslip(const PayslipInput& in, const YearRates& rates) {
    Payslip p;
    p.hours = in.hours;
    p.hourly_wage = in.hourly_wage;
    p.gross = (in.hourly_wage * in.hours).rounded();

    const AtpBracket& atp = atp_bracket(rates, in.hours);
    p.atp_employee = atp.employee;
    p.atp_employer = atp.employer;

    p.am_bidrag = ((p.gross - p.atp_employee) * rates.am_bidrag).rounded();
    p.a_skat = a_skat_of(p.gross - p.atp_employee - p.am_bidrag - in.tax_card.monthly_deduction,
                         in.tax_card.withholding);
    p.net = p.gross - p.atp_employee - p.am_bidrag - p.a_skat;

    p.holiday_pay = (p.gross * rates.holiday_pay).rounded();
    p.holiday_am_bidrag = (p.holiday_pay * rates.am_bidrag).rounded();
    p.holiday_a_skat = a_skat_of(p.holiday_pay - p.holiday_am_bidrag, in.tax_card.withholding);
    p.holiday_net = p.holiday_pay - p.holiday_am_bidrag - p.holiday_a_skat;

    p.other_oncosts = in.other_oncosts;
    p.employer_cost = p.gross + p.holiday_pay + p.atp_employer + p.other_oncosts;
    return p;
}

Payslip add_up(const std::vector<Payslip>& slips) {
    Payslip total;
    for (const Payslip& p : slips) {
        total.hours += p.hours;
        for (auto [sum, value] : {std::pair{&total.gross, p.gross}, {&total.atp_employee, p.atp_employee},
                                  {&total.atp_employer, p.atp_employer}, {&total.am_bidrag, p.am_bidrag},
                                  {&total.a_skat, p.a_skat}, {&total.net, p.net}, {&total.holiday_pay, p.holiday_pay},
                                  {&total.holiday_am_bidrag, p.holiday_am_bidrag},
                                  {&total.holiday_a_skat, p.holiday_a_skat}, {&total.holiday_net, p.holiday_net},
                                  {&total.other_oncosts, p.other_oncosts}, {&total.employer_cost, p.employer_cost}})
            *sum += value;
    }
    return total;
}

} // namespace hjt
