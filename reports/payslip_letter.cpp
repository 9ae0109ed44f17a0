#include "reports/payslip_letter.h"

#include "domain/danish_format.h"
#include "reports/letter_blocks.h"

namespace hjt::reports {

namespace {

FigureRow line(std::string label, std::string rate, Money amount, bool total = false) {
    return {std::move(label), std::move(rate), format_kroner(amount), total};
}

PdfTable wage_table(const PayslipDocument& d) {
    const Payslip& p = d.payslip;
    const std::string withholding = format_rate(d.tax_card.withholding);
    std::vector<FigureRow> rows = {line("Løn, " + format_hours(p.hours - p.sick_hours) + " timer × " +
                                            format_kroner(p.hourly_wage),
                                        "", p.gross - p.sick_pay)};
    if (p.sick_hours != Hours{})
        rows.push_back(line("Sygeløn, " + format_hours(p.sick_hours) + " timer", "", p.sick_pay));
    rows.push_back(line("ATP, medarbejderbidrag", "", -p.atp_employee));
    rows.push_back(line("AM-bidrag af " + format_kroner(p.am_income), "8 %", -p.am_bidrag));
    rows.push_back(line("A-skat af " + format_kroner(p.a_income - p.deduction_used) + " (fradrag " +
                            format_kroner(p.deduction_used) + ")",
                        withholding, -p.a_skat));
    rows.push_back(line("Til udbetaling", "", p.net, true));
    return figures_table("Løn", "Sats", std::move(rows));
}

PdfTable holiday_table(const PayslipDocument& d) {
    const Payslip& p = d.payslip;
    return figures_table("Feriepenge (indbetales til FerieKonto)", "Sats",
                         {line("Feriepenge af bruttoløn", "12,5 %", p.holiday_pay),
                          line("AM-bidrag af feriepenge", "8 %", -p.holiday_am_bidrag),
                          line("A-skat af feriepenge", format_rate(d.tax_card.withholding), -p.holiday_a_skat),
                          line("Til FerieKonto", "", p.holiday_net, true)});
}

} // namespace

Letter payslip_letter(const PayslipDocument& d, const LetterContext& context) {
    Letter l = letter_to(context, {d.helper_name, {"CPR " + d.helper_cpr_masked}},
                         "Lønseddel for " + danish_month(d.month), "Lønseddel " + iso(d.month));
    l.body = {paragraph("Arbejdsgiver: " + d.employer_name + ", CVR " + d.employer_cvr +
                        ". Kommunen udarbejder lønsedlen for arbejdsgiveren."),
              paragraph("Skattekort: trækprocent " + format_rate(d.tax_card.withholding) + ", månedsfradrag " +
                        format_kroner(d.tax_card.monthly_deduction) + "."),
              wage_table(d)};
    if (d.payslip.household_help)
        l.body.push_back(note("Ferieloven § 43: husstandshjælp med højst 8 timer om ugen; løn under ferie i stedet for "
                              "feriegodtgørelse."));
    else
        l.body.push_back(holiday_table(d));
    for (const auto& setting : payroll_policy_lines(d.payslip.rules)) l.body.push_back(note(setting));
    if (d.rates_estimated) l.body.push_back(note("Satserne (ATP) for året er skønnede; de rettes, når de officielle satser kendes."));
    return l;
}

} // namespace hjt::reports
