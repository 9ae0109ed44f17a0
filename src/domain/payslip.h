// A helper's monthly payslip (lønseddel), domain.md §6: the family is the
// employer and withholds ATP, AM-bidrag and A-skat; holiday pay goes to the
// holiday fund less its own AM-bidrag and A-skat. Every line is computed
// exactly and rounded once (A-skat down to whole kroner), so the slip adds up.
#pragma once

#include <vector>

#include "domain/entities.h"
#include "domain/rates.h"

namespace hjt {

struct PayslipInput {
    Hours hours;          // every hour worked in the month (not only the subsidisable ones)
    Money hourly_wage;
    TaxCard tax_card;
    Money other_oncosts;  // employer costs beyond ATP (insurance and similar); 0 when none
};

struct Payslip {
    Hours hours;
    Money hourly_wage;
    Money gross;            // hours × wage
    Money atp_employee;     // from the year's ATP table by the month's hours
    Money atp_employer;
    Money am_bidrag;        // 8 % × (gross − ATP)
    Money a_skat;           // (gross − ATP − AM − fradrag) × trækprocent, down to whole kroner, ≥ 0
    Money net;              // paid to the helper

    Money holiday_pay;      // 12,5 % × gross, to the holiday fund
    Money holiday_am_bidrag;
    Money holiday_a_skat;   // no fradrag: the month's fradrag is used on the wage
    Money holiday_net;      // what the holiday fund receives

    Money other_oncosts;
    Money employer_cost;    // gross + holiday pay + employer ATP + other on-costs

    // What the family pays to the tax authority for this helper this month.
    Money withheld_tax() const { return am_bidrag + a_skat + holiday_am_bidrag + holiday_a_skat; }
};

Payslip compute_payslip(const PayslipInput& in, const YearRates& rates);

// The sum of several helpers' payslips, line by line (what the family pays and
// reports for the month); hourly_wage has no sum and is 0.
Payslip add_up(const std::vector<Payslip>& slips);

// A month's worked minutes as payslip hours: hundredths, rounded half away from zero.
Hours payslip_hours(long long minutes);

} // namespace hjt
