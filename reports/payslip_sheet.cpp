#include "reports/payslip_sheet.h"

#include <xlsxwriter.h>

#include <functional>

#include "domain/danish_format.h"
#include "reports/report_workbook.h"

namespace hjt::reports {

namespace {

// A workbook that is closed (and checked) once its sheets are written.
void with_workbook(const std::string& path, const std::function<void(lxw_workbook*, const SheetFormats&)>& write) {
    ReportWorkbook workbook(path);
    write(workbook.book(), workbook.formats);
    workbook.close();
}

std::string percent(Rate r) { return format_rate(r); }

// The payslip, block by block: each block's lines and a formula line summing them.
class SlipWriter {
public:
    SlipWriter(lxw_worksheet* sheet, const SheetFormats& f) : sheet_(sheet), f_(f) {}

    // A block's heading; `columns` titles the hours, rate and amount columns.
    void heading(const std::string& text, bool columns = false) {
        worksheet_write_string(sheet_, ++row_, 0, text.c_str(), f_.header);
        const char* titles[] = {"Timer", "Sats", "Beløb"};
        for (int c = 1; c <= 3; ++c) {
            if (columns) worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(c), titles[c - 1], f_.header);
            else worksheet_write_blank(sheet_, row_, static_cast<lxw_col_t>(c), f_.header);
        }
        first_ = row_ + 1;
    }

    void line(const std::string& text, const std::string& rate, Money amount) {
        worksheet_write_string(sheet_, ++row_, 0, text.c_str(), nullptr);
        if (!rate.empty()) worksheet_write_string(sheet_, row_, 2, rate.c_str(), nullptr);
        worksheet_write_number(sheet_, row_, 3, excel_value(amount), f_.amount);
    }

    void hours_line(const std::string& text, Hours hours, Money wage, Money amount) {
        line(text, "", amount);
        worksheet_write_number(sheet_, row_, 1, excel_value(hours), f_.amount);
        worksheet_write_number(sheet_, row_, 2, excel_value(wage), f_.amount);
    }

    void total(const std::string& text, Money value) {
        const std::string formula = sum_formula(first_, 3, row_, 3);
        worksheet_write_string(sheet_, ++row_, 0, text.c_str(), f_.bold);
        worksheet_write_formula_num(sheet_, row_, 3, formula.c_str(), f_.total, excel_value(value));
        ++row_;
    }

    void text(int column, const std::string& value, lxw_format* format = nullptr) {
        worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(column), value.c_str(), format);
    }
    void next_row() { ++row_; }

private:
    lxw_worksheet* sheet_;
    const SheetFormats& f_;
    lxw_row_t row_ = 0;
    lxw_row_t first_ = 0;
};

const char* estimated_note = "Satserne (ATP) for året er skønnede; de rettes, når de officielle satser kendes.";
const char* employer_estimated_note =
    "Arbejdsgiverbidragene (AUB, AES, Barsel.dk, FIB) eller arbejdsskadeforsikringen er skønnede eller mangler i "
    "satstabellen for året; de rettes, når de kendes.";

} // namespace

std::vector<std::string> payroll_policy_lines(const PayrollRules& rules) {
    return {"Indkomstart: " + describe(rules.income),
            "Afrunding: " + describe(rules.rounding),
            std::string("Husstandshjælp (Ferieloven § 43): ") +
                (rules.household_help_paid_holiday
                     ? "ja: hjælpere med højst 8 timer om ugen får løn under ferie i stedet for feriegodtgørelse"
                     : "nej: alle hjælpere får feriegodtgørelse")};
}

namespace {

// Which card the slip withholds by, and what it gives: the payslip says so.
std::string tax_card_text(const PayslipDocument& d) {
    const std::string rate = "trækprocent " + percent(d.tax_card.withholding);
    switch (d.tax_card.kind) {
    case TaxCardKind::main: return describe(d.tax_card) + ", " + rate + ", månedsfradrag " + format_kroner(d.tax_card.monthly_deduction);
    case TaxCardKind::secondary: return describe(d.tax_card) + ", " + rate + ", intet fradrag";
    case TaxCardKind::free: break;
    }
    return describe(d.tax_card) + " på " + format_kroner(d.tax_card.free_amount) + ", tilbage efter måneden " +
           format_kroner(d.free_left.value_or(Money{})) + "; derefter " + rate;
}

} // namespace

void write_payslip_sheet(const std::string& path, const PayslipDocument& d) {
    with_workbook(path, [&](lxw_workbook* book, const SheetFormats& f) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Lønseddel");
        worksheet_set_column(sheet, 0, 0, 44, nullptr);
        worksheet_set_column(sheet, 1, 3, 14, nullptr);
        const Payslip& p = d.payslip;
        const std::string withholding = percent(d.tax_card.withholding);

        worksheet_write_string(sheet, 0, 0, ("Lønseddel for " + danish_month(d.month)).c_str(), f.title);
        SlipWriter w(sheet, f);
        w.next_row();
        w.text(0, "Arbejdsgiver: " + d.employer_name + ", CVR " + d.employer_cvr);
        w.next_row();
        w.text(0, "Medarbejder: " + d.helper_name + ", CPR " + d.helper_cpr_masked);
        w.next_row();
        w.text(0, "Skattekort: " + tax_card_text(d));
        for (const auto& setting : payroll_policy_lines(p.rules)) {
            w.next_row();
            w.text(0, setting, f.note);
        }
        w.next_row();

        w.heading("Løn", true);
        w.hours_line("Løn, timer × timeløn", p.hours - p.sick_hours, p.hourly_wage, p.gross - p.sick_pay);
        if (p.sick_hours != Hours{}) w.hours_line("Sygeløn (arbejdsgiverperioden), timer × timeløn", p.sick_hours, p.hourly_wage, p.sick_pay);
        w.line("ATP, medarbejderbidrag", "", -p.atp_employee);
        w.line("AM-bidrag af " + format_kroner(p.am_income), "8 %", -p.am_bidrag);
        w.line("A-skat af " + format_kroner(p.a_income - p.deduction_used) + " (fradrag " + format_kroner(p.deduction_used) + ")",
               withholding, -p.a_skat);
        w.total("Til udbetaling", p.net);

        if (p.household_help) {
            w.text(0, "Ferieloven § 43: husstandshjælp med højst 8 timer om ugen; løn under ferie i stedet for feriegodtgørelse",
                   f.note);
            w.next_row();
        } else {
            w.heading("Feriepenge (indbetales til FerieKonto)");
            w.line("Feriepenge af bruttoløn", "12,5 %", p.holiday_pay);
            w.line("AM-bidrag af feriepenge", "8 %", -p.holiday_am_bidrag);
            w.line("A-skat af feriepenge (resten af fradraget: " + format_kroner(p.holiday_deduction_used) + ")",
                   withholding, -p.holiday_a_skat);
            w.total("Til FerieKonto", p.holiday_net);
        }

        w.heading("Arbejdsgiverens udgift");
        w.line("Bruttoløn", "", p.gross);
        w.line("Feriepenge", "", p.holiday_pay);
        w.line("ATP, arbejdsgiverbidrag", "", p.atp_employer);
        for (Contribution c : kContributions)
            w.line(contribution_label(c) + " (Samlet Betaling, efter ATP-sats)", "", p.contributions[static_cast<std::size_t>(c)]);
        w.total("Udgift i alt", p.employer_cost);

        w.text(0, "Heraf timer med tilskud fra kommunen: " + format_hours(d.subsidisable_hours) + " af " +
                      format_hours(p.hours) + " (alle timer skal lønnes)",
               f.note);
        w.next_row();
        w.text(0, "Arbejdsskadeforsikringen er familiens årlige udgift; den står på lønoversigten.", f.note);
        if (d.rates_estimated) {
            w.next_row();
            w.text(0, estimated_note, f.note);
        }
        if (d.employer_figures_estimated) {
            w.next_row();
            w.text(0, employer_estimated_note, f.note);
        }
    });
}

void write_payroll_summary(const std::string& path, const PayrollSummary& summary) {
    struct Column {
        std::string title;
        std::function<Money(const Payslip&)> value;
    };
    std::vector<Column> columns = {
        {"Bruttoløn", [](const Payslip& p) { return p.gross; }},
        {"Heraf sygeløn", [](const Payslip& p) { return p.sick_pay; }},
        {"ATP medarbejder", [](const Payslip& p) { return p.atp_employee; }},
        {"ATP arbejdsgiver", [](const Payslip& p) { return p.atp_employer; }},
        {"AM-bidrag", [](const Payslip& p) { return p.am_bidrag; }},
        {"A-skat", [](const Payslip& p) { return p.a_skat; }},
        {"Nettoløn", [](const Payslip& p) { return p.net; }},
        {"Feriepenge", [](const Payslip& p) { return p.holiday_pay; }},
        {"AM-bidrag af feriepenge", [](const Payslip& p) { return p.holiday_am_bidrag; }},
        {"A-skat af feriepenge", [](const Payslip& p) { return p.holiday_a_skat; }},
        {"Til FerieKonto", [](const Payslip& p) { return p.holiday_net; }},
    };
    for (Contribution c : kContributions)
        columns.push_back({contribution_label(c), [c](const Payslip& p) { return p.contributions[static_cast<std::size_t>(c)]; }});
    columns.push_back({"Arbejdsgiverens udgift", [](const Payslip& p) { return p.employer_cost; }});
    constexpr int first_money_column = 3;  // after Hjælper, CPR, Timer
    const auto& slips = summary.slips;
    const int header_row = 3 + static_cast<int>(payroll_policy_lines(summary.rules).size());

    with_workbook(path, [&](lxw_workbook* book, const SheetFormats& f) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Lønoversigt");
        worksheet_set_column(sheet, 0, 0, 24, nullptr);
        worksheet_set_column(sheet, 1, 1, 13, nullptr);
        worksheet_set_column(sheet, 2, static_cast<lxw_col_t>(first_money_column + columns.size()), 14, nullptr);
        worksheet_write_string(sheet, 0, 0, ("Lønoversigt for " + danish_month(summary.month)).c_str(), f.title);
        worksheet_write_string(sheet, 1, 0, ("Arbejdsgiver: " + summary.employer_name + ", CVR " + summary.employer_cvr).c_str(), nullptr);
        int policy_row = 2;
        for (const auto& setting : payroll_policy_lines(summary.rules))
            worksheet_write_string(sheet, policy_row++, 0, setting.c_str(), f.note);

        worksheet_write_string(sheet, header_row, 0, "Hjælper", f.header);
        worksheet_write_string(sheet, header_row, 1, "CPR", f.header);
        worksheet_write_string(sheet, header_row, 2, "Timer", f.header);
        for (std::size_t c = 0; c < columns.size(); ++c)
            worksheet_write_string(sheet, header_row, static_cast<lxw_col_t>(first_money_column + c), columns[c].title.c_str(),
                                   f.header);
        worksheet_freeze_panes(sheet, header_row + 1, 0);

        int row = header_row;
        bool estimated = false, employer_estimated = summary.work_injury_estimated;
        for (const auto& slip : slips) {
            ++row;
            worksheet_write_string(sheet, row, 0, slip.helper_name.c_str(), nullptr);
            worksheet_write_string(sheet, row, 1, slip.helper_cpr_masked.c_str(), nullptr);
            worksheet_write_number(sheet, row, 2, excel_value(slip.payslip.hours), f.amount);
            for (std::size_t c = 0; c < columns.size(); ++c)
                worksheet_write_number(sheet, row, static_cast<lxw_col_t>(first_money_column + c),
                                       excel_value(columns[c].value(slip.payslip)), f.amount);
            estimated = estimated || slip.rates_estimated;
            employer_estimated = employer_estimated || slip.employer_figures_estimated;
        }
        const int total_row = row + 1;
        worksheet_write_string(sheet, total_row, 0, "I alt", f.bold);
        auto column_sum = [&](int column, auto value_of) {
            decltype(value_of(slips.front())) sum{};
            for (const auto& slip : slips) sum += value_of(slip);
            const std::string formula = sum_formula(header_row + 1, static_cast<lxw_col_t>(column), row, static_cast<lxw_col_t>(column));
            worksheet_write_formula_num(sheet, total_row, static_cast<lxw_col_t>(column), formula.c_str(),
                                        f.total, excel_value(sum));
        };
        if (!slips.empty()) {
            column_sum(2, [](const PayslipDocument& s) { return s.payslip.hours; });
            for (std::size_t c = 0; c < columns.size(); ++c)
                column_sum(static_cast<int>(first_money_column + c),
                           [&](const PayslipDocument& s) { return columns[c].value(s.payslip); });
        }

        // The family's own figures for the month, below the helpers.
        int family_row = total_row + 2;
        auto family_line = [&](const std::string& text, Money amount, lxw_format* format) {
            worksheet_write_string(sheet, family_row, 0, text.c_str(), format);
            worksheet_write_number(sheet, family_row++, 3, excel_value(amount), f.amount);
        };
        family_line("Arbejdsskadeforsikring, månedens andel af årspræmien", summary.work_injury, nullptr);
        family_line("Arbejdsgiverens udgift i alt for måneden", summary.employer_cost, f.bold);
        family_line("AM-bidrag og A-skat til indberetning (eIndkomst)", summary.reported_withholding, nullptr);
        // What the family pays, to whom, by when.
        ++family_row;
        for (const auto& due : summary.dues)
            family_line("Betales til " + due.payee + ": " + due.what +
                            (due.due ? ", senest " + format_danish_date(*due.due) : ", efter opkrævningen"),
                        due.amount, nullptr);
        if (estimated) worksheet_write_string(sheet, ++family_row, 0, estimated_note, f.note);
        if (employer_estimated) worksheet_write_string(sheet, ++family_row, 0, employer_estimated_note, f.note);
        worksheet_autofilter(sheet, header_row, 0, row, static_cast<lxw_col_t>(first_money_column + columns.size() - 1));
    });
}

} // namespace hjt::reports
