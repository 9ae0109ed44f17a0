// A helper's monthly payslip (lønseddel), domain.md §6: the family is the
// employer and withholds ATP, AM-bidrag and A-skat (withholding.h, by the
// policy's rounding method); holiday pay goes to FerieKonto less its own
// AM-bidrag and A-skat, the month's fradrag used once across both. The
// employer's cost adds its ATP share and the contributions collected with ATP.
#pragma once

#include <array>
#include <vector>

#include "domain/entities.h"
#include "domain/rates.h"
#include "domain/withholding.h"

namespace hjt {

// The policy settings a payslip follows, named on every payslip document.
struct PayrollRules {
    RoundingMethod rounding = RoundingMethod::with_ore;
    IncomeKind income = IncomeKind::a_income;
    bool household_help_paid_holiday = false;  // Ferieloven § 43 setting
};

struct PayslipInput {
    Month month;
    Hours work_hours;     // every hour worked in the month (not only the subsidisable ones)
    Hours sick_hours;     // sick hours in the employer period: wages too (sygedagpengeloven)
    Money hourly_wage;
    TaxCard tax_card;
};

struct Payslip {
    PayrollRules rules;
    Hours hours;            // paid hours: work + sick; they place the month in the ATP table
    Hours sick_hours;
    Money hourly_wage;
    Money sick_pay;         // sick hours × wage, its own line
    Money gross;            // work hours × wage + sick pay
    Money atp_employee;     // from the year's ATP table by the month's paid hours
    Money atp_employer;
    Money am_income;        // gross − ATP (method 3: down to 10 kr)
    Money am_bidrag;
    Money a_income;         // gross − ATP − AM-bidrag
    Money deduction_used;   // of the month's fradrag, on the wage
    Money a_skat;
    Money net;              // paid to the helper

    // Ferieloven § 43 applied: a helper on at most 8 h a week is paid wages
    // during holiday instead, so no feriegodtgørelse is computed.
    bool household_help = false;
    Money holiday_pay;      // 12,5 % × gross, to FerieKonto
    Money holiday_am_bidrag;
    Money holiday_deduction_used;  // the rest of the month's fradrag
    Money holiday_a_skat;
    Money holiday_net;      // what FerieKonto receives

    // Employer contributions collected quarterly with ATP (Samlet Betaling), by the ATP bracket.
    std::array<Money, kContributionCount> contributions{};
    Money employer_cost;    // gross + holiday pay + employer ATP + contributions

    Money employer_contributions() const;
    // What the family withholds and pays to the tax authority for this helper this month.
    Money withheld_tax() const { return am_bidrag + a_skat + holiday_am_bidrag + holiday_a_skat; }
};

Payslip compute_payslip(const PayslipInput& in, const YearRates& rates, const PayrollRules& rules);

// True when Ferieloven § 43 treats the month's hours as household help: the
// setting is on and the month averages at most 8 hours a week (hours × 7 / days ≤ 8).
bool household_help_month(Month month, Hours hours, const PayrollRules& rules);

// The sum of several helpers' payslips, line by line (what the family pays and
// reports for the month); hourly_wage has no sum and is 0.
Payslip add_up(const std::vector<Payslip>& slips);

// The family's monthly employer cost beyond the payslips: the month's twelfth
// of the year's work-injury insurance premium (0 when the year has none). The
// twelfths are rounded so the year's months add up to the premium to the øre.
Money work_injury_month(const YearRates& rates, Month month);

} // namespace hjt
