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

    void heading(const std::string& text) {
        worksheet_write_string(sheet_, ++row_, 0, text.c_str(), f_.header);
        for (int c = 1; c <= 3; ++c) worksheet_write_blank(sheet_, row_, static_cast<lxw_col_t>(c), f_.header);
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

} // namespace

std::string danish_month(Month month) {
    static const char* names[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                  "juli",   "august",  "september", "oktober", "november", "december"};
    return std::string(names[static_cast<unsigned>(month.month()) - 1]) + " " +
           std::to_string(static_cast<int>(month.year()));
}

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
        w.text(0, "Skattekort: trækprocent " + withholding + ", månedsfradrag " + format_kroner(d.tax_card.monthly_deduction));
        w.next_row();

        w.heading("Løn");
        worksheet_write_string(sheet, 5, 1, "Timer", f.header);
        worksheet_write_string(sheet, 5, 2, "Sats", f.header);
        worksheet_write_string(sheet, 5, 3, "Beløb", f.header);
        w.hours_line("Løn, timer × timeløn", p.hours, p.hourly_wage, p.gross);
        w.line("ATP, medarbejderbidrag", "", -p.atp_employee);
        w.line("AM-bidrag", "8 %", -p.am_bidrag);
        w.line("A-skat (hele kroner)", withholding, -p.a_skat);
        w.total("Til udbetaling", p.net);

        w.heading("Feriepenge (indbetales til FerieKonto)");
        w.line("Feriepenge af bruttoløn", "12,5 %", p.holiday_pay);
        w.line("AM-bidrag af feriepenge", "8 %", -p.holiday_am_bidrag);
        w.line("A-skat af feriepenge (uden fradrag)", withholding, -p.holiday_a_skat);
        w.total("Til FerieKonto", p.holiday_net);

        w.heading("Arbejdsgiverens udgift");
        w.line("Bruttoløn", "", p.gross);
        w.line("Feriepenge", "", p.holiday_pay);
        w.line("ATP, arbejdsgiverbidrag", "", p.atp_employer);
        w.line("Andre omkostninger", "", p.other_oncosts);
        w.total("Udgift i alt", p.employer_cost);

        w.text(0, "Heraf timer med tilskud fra kommunen: " + format_hours(d.subsidisable_hours) + " af " +
                      format_hours(p.hours) + " (alle timer skal lønnes)",
               f.note);
        if (d.rates_estimated) {
            w.next_row();
            w.text(0, estimated_note, f.note);
        }
    });
}

void write_payroll_summary(const std::string& path, const std::string& employer_name, const std::string& employer_cvr,
                           Month month, const std::vector<PayslipDocument>& slips) {
    struct Column {
        const char* title;
        std::function<Money(const Payslip&)> value;
    };
    const std::vector<Column> columns = {
        {"Bruttoløn", [](const Payslip& p) { return p.gross; }},
        {"ATP medarbejder", [](const Payslip& p) { return p.atp_employee; }},
        {"ATP arbejdsgiver", [](const Payslip& p) { return p.atp_employer; }},
        {"AM-bidrag", [](const Payslip& p) { return p.am_bidrag; }},
        {"A-skat", [](const Payslip& p) { return p.a_skat; }},
        {"Nettoløn", [](const Payslip& p) { return p.net; }},
        {"Feriepenge", [](const Payslip& p) { return p.holiday_pay; }},
        {"AM-bidrag af feriepenge", [](const Payslip& p) { return p.holiday_am_bidrag; }},
        {"A-skat af feriepenge", [](const Payslip& p) { return p.holiday_a_skat; }},
        {"Til FerieKonto", [](const Payslip& p) { return p.holiday_net; }},
        {"Arbejdsgiverens udgift", [](const Payslip& p) { return p.employer_cost; }},
    };
    constexpr int first_money_column = 3;  // after Hjælper, CPR, Timer
    constexpr int header_row = 3;

    with_workbook(path, [&](lxw_workbook* book, const SheetFormats& f) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Lønoversigt");
        worksheet_set_column(sheet, 0, 0, 24, nullptr);
        worksheet_set_column(sheet, 1, 1, 13, nullptr);
        worksheet_set_column(sheet, 2, static_cast<lxw_col_t>(first_money_column + columns.size()), 14, nullptr);
        worksheet_write_string(sheet, 0, 0, ("Lønoversigt for " + danish_month(month)).c_str(), f.title);
        worksheet_write_string(sheet, 1, 0, ("Arbejdsgiver: " + employer_name + ", CVR " + employer_cvr).c_str(), nullptr);

        worksheet_write_string(sheet, header_row, 0, "Hjælper", f.header);
        worksheet_write_string(sheet, header_row, 1, "CPR", f.header);
        worksheet_write_string(sheet, header_row, 2, "Timer", f.header);
        for (std::size_t c = 0; c < columns.size(); ++c)
            worksheet_write_string(sheet, header_row, static_cast<lxw_col_t>(first_money_column + c), columns[c].title,
                                   f.header);
        worksheet_freeze_panes(sheet, header_row + 1, 0);

        int row = header_row;
        bool estimated = false;
        for (const auto& slip : slips) {
            ++row;
            worksheet_write_string(sheet, row, 0, slip.helper_name.c_str(), nullptr);
            worksheet_write_string(sheet, row, 1, slip.helper_cpr_masked.c_str(), nullptr);
            worksheet_write_number(sheet, row, 2, excel_value(slip.payslip.hours), f.amount);
            for (std::size_t c = 0; c < columns.size(); ++c)
                worksheet_write_number(sheet, row, static_cast<lxw_col_t>(first_money_column + c),
                                       excel_value(columns[c].value(slip.payslip)), f.amount);
            estimated = estimated || slip.rates_estimated;
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
        if (estimated) worksheet_write_string(sheet, total_row + 2, 0, estimated_note, f.note);
        worksheet_autofilter(sheet, header_row, 0, row, static_cast<lxw_col_t>(first_money_column + columns.size() - 1));
    });
}

} // namespace hjt::reports
