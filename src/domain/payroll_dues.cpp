#include "domain/payroll_dues.h"

#include "domain/danish_format.h"
#include "domain/holidays.h"

namespace hjt {

namespace {

bool banking_day(Date d) {
    const date::weekday w{date::sys_days{d}};
    if (w == date::Saturday || w == date::Sunday) return false;
    // Statutory holidays only: a Policy without days of its own.
    for (const auto& h : public_holidays(static_cast<int>(d.year()), Policy{}))
        if (h.date == d) return false;
    return true;
}

int quarter_of(Month m) { return (static_cast<int>(static_cast<unsigned>(m.month())) - 1) / 3 + 1; }

} // namespace

Date skat_deadline(Month month) {
    const Month next = month + date::months{1};
    Date d{next.year(), next.month(), date::day{next.month() == date::January ? 17u : 10u}};
    while (!banking_day(d)) d = Date{date::sys_days{d} + date::days{1}};
    return d;
}

FamilyPayrollDues dues_of(const Payslip& totals, Month month) {
    return {month, reported_total(totals.withheld_tax(), totals.rules.rounding), totals.atp_employee + totals.atp_employer,
            totals.holiday_net};
}

std::vector<PayrollDue> payroll_dues(const Payslip& totals, Month month) { return payroll_dues(dues_of(totals, month)); }

std::vector<PayrollDue> payroll_dues(const FamilyPayrollDues& owed) {
    const Month month = owed.month;
    std::vector<PayrollDue> dues;
    dues.push_back({"Skattestyrelsen", "A-skat og AM-bidrag for " + danish_month(month), owed.tax, skat_deadline(month)});
    if (owed.atp != Money{})
        dues.push_back({"ATP (Samlet Betaling)",
                        "ATP, medarbejder- og arbejdsgiverandel, opkræves for " + std::to_string(quarter_of(month)) +
                            ". kvartal " + std::to_string(static_cast<int>(month.year())),
                        owed.atp, std::nullopt});
    if (owed.holiday_pay != Money{})
        dues.push_back({"FerieKonto", "Feriepenge for timelønnede (netto) for " + danish_month(month), owed.holiday_pay,
                        skat_deadline(month)});
    return dues;
}

} // namespace hjt
