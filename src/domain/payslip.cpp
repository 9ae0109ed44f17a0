#include "domain/payslip.h"

#include "domain/exact.h"
#include "domain/tax_withholding.h"

namespace hjt {

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

    TaxWithheld wage_tax = withhold_tax(p.gross - p.atp_employee, in.tax_card, rates.am_bidrag);
    p.am_bidrag = wage_tax.am_bidrag;
    p.a_skat = wage_tax.a_skat;
    p.net = p.gross - p.atp_employee - p.am_bidrag - p.a_skat;

    p.holiday_pay = (p.gross * rates.holiday_pay).rounded();
    // The month's fradrag is used on the wage, none is left for the holiday pay.
    TaxWithheld holiday_tax = withhold_tax(p.holiday_pay, TaxCard{in.tax_card.withholding, Money{}}, rates.am_bidrag);
    p.holiday_am_bidrag = holiday_tax.am_bidrag;
    p.holiday_a_skat = holiday_tax.a_skat;
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
