#include "reports/lost_earnings_sheet.h"

#include <xlsxwriter.h>


#include "domain/danish_format.h"
#include "reports/payslip_sheet.h"
#include "reports/report_workbook.h"

namespace hjt::reports {

namespace {

constexpr const char* kEstimatedNote =
    "Loftet for året er anslået (ingen offentliggjort sats endnu); beløbene rettes, når satsen kendes.";
constexpr const char* kAtpEstimatedNote =
    "ATP-satserne for året er anslået (endnu ikke bekræftet af ATP); beløbene rettes, når satserne kendes.";
constexpr const char* kRegulationEstimatedNote =
    "Satsreguleringsprocenten er anslået (ingen offentliggjort sats endnu); beløbene rettes, når satsen kendes.";

// One workbook, one sheet, with the shared report formats.
class Sheet {
public:
    Sheet(const std::string& path, const char* name)
        : workbook_(path), f(workbook_.formats), sheet(workbook_.add_sheet(name)) {}
    void close() { workbook_.close(); }

    void text(lxw_row_t row, lxw_col_t column, const std::string& value, lxw_format* format = nullptr) {
        worksheet_write_string(sheet, row, column, value.c_str(), format);
    }
    void money(lxw_row_t row, lxw_col_t column, Money value) {
        worksheet_write_number(sheet, row, column, excel_value(value), f.amount);
    }
    void sum(lxw_row_t row, lxw_col_t column, lxw_row_t first, lxw_row_t last, Money cached) {
        worksheet_write_formula_num(sheet, row, column, sum_formula(first, column, last, column).c_str(), f.total,
                                    excel_value(cached));
    }
    void heading(const std::string& title_text, const LostEarningsStatement& who) {
        text(0, 0, title_text, f.title);
        text(1, 0, "Forælder: " + who.parent_name + ", CPR " + who.parent_cpr_masked + "; barn: " + who.child_name);
        text(2, 0, "Nedsat arbejdstid " + format_hours(who.hours_off_per_week) + " af forælderens egne " +
                       (who.normal_weekly_hours ? format_hours(*who.normal_weekly_hours) : std::string("(ikke angivet)")) +
                       " timer om ugen; skattekort: trækprocent " + format_rate(who.tax_card.withholding) +
                       ", månedsfradrag " + format_kroner(who.tax_card.monthly_deduction));
        if (!who.holiday_periods.empty())
            text(3, 0, "Ferie med feriepenge fra tidligere arbejdsgiver (ingen ydelse): " +
                           period_list_text(who.holiday_periods));
    }

private:
    ReportWorkbook workbook_;

public:
    const SheetFormats& f;
    lxw_worksheet* sheet;
};

constexpr LostEarningsColumn kYearColumns[] = {
    {"Ydelse", &LostEarningsMonth::benefit},        {"Pension", &LostEarningsMonth::pension},
    {"ATP", &LostEarningsMonth::atp_employee},       {"AM-bidrag", &LostEarningsMonth::am_bidrag},
    {"A-skat", &LostEarningsMonth::a_skat},          {"Besparelser", &LostEarningsMonth::saved_costs},
    {"Udbetalt", &LostEarningsMonth::net}};

std::string days_text(const LostEarningsMonth& m) {
    return std::to_string(m.days.numerator) + "/" + std::to_string(m.days.denominator) + " dage";
}

} // namespace

std::span<const LostEarningsColumn> lost_earnings_columns() { return kYearColumns; }

void write_lost_earnings_month(const std::string& path, const LostEarningsStatement& who, const LostEarningsMonth& m) {
    Sheet s(path, "Specifikation");
    worksheet_set_column(s.sheet, 0, 0, 48, nullptr);
    worksheet_set_column(s.sheet, 1, 2, 16, nullptr);
    s.heading("Tabt arbejdsfortjeneste, " + danish_month(m.month), who);

    lxw_row_t row = 4;
    s.text(row, 0, "Beregning", s.f.header);
    s.text(row, 1, "", s.f.header);
    s.text(row, 2, "Beløb", s.f.header);
    s.text(++row, 0, "Indkomst før (pr. måned)");
    s.money(row, 2, m.income_before);
    s.text(++row, 0, "Nedsættelse: indkomst × " + std::to_string(m.reduction.numerator) + "/" +
                         std::to_string(m.reduction.denominator) + " (timer nedsat / forælderens egne timer)");
    s.money(row, 2, m.reduction_amount);
    if (m.regulated_amount != m.reduction_amount) {
        s.text(++row, 0, std::string("Satsreguleret nedsættelse (fra 1. januar efter bevillingsåret)") +
                             (m.regulation_estimated ? " (anslået)" : ""));
        s.text(row, 1, format_rate(m.regulation_this_year));
        s.money(row, 2, m.regulated_amount);
    }
    s.text(++row, 0, std::string("Loft: årets loft × nedsættelse") + (m.cap_estimated ? " (anslået)" : ""));
    s.money(row, 2, m.cap);
    s.text(++row, 0, "Dage i måneden med ydelse");
    s.text(row, 1, days_text(m));
    if (m.holiday_days > 0) {
        s.text(++row, 0, "Dage med feriepenge fra tidligere arbejdsgiver (ingen ydelse)");
        s.text(row, 1, std::to_string(m.holiday_days) + " dage");
    }

    row += 2;
    s.text(row, 0, "Udbetaling", s.f.header);
    s.text(row, 1, "Sats", s.f.header);
    s.text(row, 2, "Beløb", s.f.header);
    lxw_row_t first = row + 1;
    s.text(++row, 0, std::string("Ydelse (brutto), ") + (m.capped ? "loftet" : "indkomsten") + " × dage" +
                         (m.holiday_supplement != Money{} ? ", med ferietillæg 1 % " + format_kroner(m.holiday_supplement)
                                                          : std::string()));
    s.money(row, 2, m.benefit);
    s.text(++row, 0, "ATP, medarbejderbidrag");
    s.money(row, 2, -m.atp_employee);
    s.text(++row, 0, "AM-bidrag");
    s.text(row, 1, "8 %");
    s.money(row, 2, -m.am_bidrag);
    s.text(++row, 0, "A-skat");
    s.text(row, 1, format_rate(who.tax_card.withholding));
    s.money(row, 2, -m.a_skat);
    s.text(++row, 0, "Besparelser (fx transport), fratrukket efter skat");
    s.money(row, 2, -m.saved_costs);
    s.text(++row, 0, "Udbetalt", s.f.header);
    s.sum(row, 2, first, row - 1, m.net);

    row += 2;
    s.text(row, 0, "Pension: 10 % af ydelsen, højst tidligere arbejdsgivers bidrag (indbetales til pensionsordningen)");
    s.text(row, 1, "10 %");
    s.money(row, 2, m.pension);
    s.text(++row, 0, "Tidligere arbejdsgivers bidrag for de nedsatte timer, fastsat ved bevillingen");
    s.text(row, 1, format_rate(m.pension_rate));
    s.money(row, 2, m.former_pension);
    if (m.cap_estimated) s.text(row += 2, 0, kEstimatedNote, s.f.note);
    if (m.regulation_estimated) s.text(row += 2, 0, kRegulationEstimatedNote, s.f.note);
    if (m.atp_estimated) s.text(row += 2, 0, kAtpEstimatedNote, s.f.note);
    s.close();
}

void write_lost_earnings_year(const std::string& path, const LostEarningsStatement& who, int year,
                              const std::vector<LostEarningsMonth>& months) {
    const auto columns = lost_earnings_columns();
    constexpr lxw_row_t header_row = 4;

    Sheet s(path, "Årsoversigt");
    worksheet_set_column(s.sheet, 0, 0, 18, nullptr);
    worksheet_set_column(s.sheet, 1, 1, 12, nullptr);
    worksheet_set_column(s.sheet, 2, 2 + std::size(columns), 14, nullptr);
    s.heading("Tabt arbejdsfortjeneste, årsoversigt " + std::to_string(year), who);
    s.text(header_row, 0, "Måned", s.f.header);
    s.text(header_row, 1, "Dage", s.f.header);
    for (lxw_col_t c = 0; c < std::size(columns); ++c) s.text(header_row, 2 + c, columns[c].title, s.f.header);
    s.text(header_row, 2 + std::size(columns), "Loft", s.f.header);

    lxw_row_t row = header_row;
    bool any_estimated = false, any_regulation_estimated = false, any_atp_estimated = false;
    for (const auto& m : months) {
        s.text(++row, 0, danish_month(m.month));
        s.text(row, 1, days_text(m));
        for (lxw_col_t c = 0; c < std::size(columns); ++c) s.money(row, 2 + c, m.*columns[c].value);
        s.text(row, 2 + std::size(columns), m.cap_estimated ? "anslået" : "");
        any_estimated = any_estimated || m.cap_estimated;
        any_regulation_estimated = any_regulation_estimated || m.regulation_estimated;
        any_atp_estimated = any_atp_estimated || m.atp_estimated;
    }
    s.text(++row, 0, "I alt", s.f.header);
    for (lxw_col_t c = 0; c < std::size(columns); ++c) {
        Money sum;
        for (const auto& m : months) sum += m.*columns[c].value;
        s.sum(row, 2 + c, header_row + 1, row - 1, sum);
    }
    if (any_estimated) s.text(row += 2, 0, kEstimatedNote, s.f.note);
    if (any_regulation_estimated) s.text(row += 2, 0, kRegulationEstimatedNote, s.f.note);
    if (any_atp_estimated) s.text(row += 2, 0, kAtpEstimatedNote, s.f.note);
    s.close();
}

} // namespace hjt::reports
