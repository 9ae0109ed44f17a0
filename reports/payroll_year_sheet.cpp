#include "reports/payroll_year_sheet.h"

#include <xlsxwriter.h>

#include "domain/danish_format.h"
#include "reports/payslip_sheet.h"
#include "reports/report_workbook.h"
#include "reports/sheet_table.h"

namespace hjt::reports {

namespace {

// The year's figures per month, in the columns of the helper's sheet.
const std::vector<TableColumn> kMonthColumns = {
    {"Måned", 16},       {"Timer", 10},    {"Bruttoløn", 14},  {"ATP (medarbejder)", 14}, {"AM-indkomst", 14},
    {"AM-bidrag", 14},   {"A-indkomst", 14}, {"A-skat", 14},   {"Nettoløn", 14},          {"Feriepenge", 14},
    {"Feriepenge netto", 16}, {"ATP (arbejdsgiver)", 14}};

void month_row(SheetTable& t, const std::string& label, const Payslip& p) {
    t.next_row();
    t.text(0, label);
    t.figure(1, p.hours);
    t.figure(2, p.gross);
    t.figure(3, p.atp_employee);
    t.figure(4, p.am_income);
    t.figure(5, p.am_bidrag + p.holiday_am_bidrag);
    t.figure(6, p.a_income);
    t.figure(7, p.a_skat + p.holiday_a_skat);
    t.figure(8, p.net);
    t.figure(9, p.holiday_pay);
    t.figure(10, p.holiday_net);
    t.figure(11, p.atp_employer);
}

// The cached totals of month_row's columns.
std::vector<SheetTable::Total> totals_of(const Payslip& s) {
    return {{1, excel_value(s.hours)},
            {2, excel_value(s.gross)},
            {3, excel_value(s.atp_employee)},
            {4, excel_value(s.am_income)},
            {5, excel_value(s.am_bidrag + s.holiday_am_bidrag)},
            {6, excel_value(s.a_income)},
            {7, excel_value(s.a_skat + s.holiday_a_skat)},
            {8, excel_value(s.net)},
            {9, excel_value(s.holiday_pay)},
            {10, excel_value(s.holiday_net)},
            {11, excel_value(s.atp_employer)}};
}

lxw_row_t month_table(lxw_worksheet* sheet, const SheetFormats& f, lxw_row_t header, const PayrollYear& y) {
    SheetTable t(sheet, f, header, kMonthColumns);
    for (const auto& m : y.months) month_row(t, danish_month(m.month), m.slip);
    return t.totals(0, totals_of(y.totals));
}

std::string field_text(int group, int field) {
    return "Felt " + std::to_string(field) + " " + eindkomst::danish_label(static_cast<eindkomst::Field>(field)) +
           (group == 1 ? " (løn)" : " (feriepenge)");
}

// A count (hours, days) in hundredths, an amount in øre: both show with two decimals.
double field_value(int field, std::int64_t value) {
    const auto kind = eindkomst::kind_of(static_cast<eindkomst::Field>(field));
    return kind == eindkomst::Kind::count ? excel_value(Hours::hundredths(value)) : excel_value(Money::ore(value));
}

void reconciliation(lxw_worksheet* sheet, const SheetFormats& f, lxw_row_t row, const PayrollYear& y) {
    worksheet_write_string(sheet, row, 0, "Afstemning mod eIndkomst: årets felter mod summen af månedernes indberetninger",
                           f.bold);
    SheetTable t(sheet, f, row + 1, {{"Felt", 44}, {"Beregnet", 14}, {"Indberettet", 14}, {"Forskel", 14}});
    for (const YearField& x : year_fields(y)) {
        t.next_row();
        t.text(0, field_text(x.group, x.field));
        worksheet_write_number(sheet, t.last_data_row(), 1, field_value(x.field, x.computed), f.amount);
        worksheet_write_number(sheet, t.last_data_row(), 2, field_value(x.field, x.reported), f.amount);
        worksheet_write_number(sheet, t.last_data_row(), 3, field_value(x.field, x.computed - x.reported), f.amount);
    }
    lxw_row_t next = t.last_data_row() + 2;
    if (y.ties()) {
        worksheet_write_string(sheet, next, 0, "Årets tal stemmer med de indberettede måneder.", f.note);
        return;
    }
    for (const auto& d : y.differences) {
        const std::string text = danish_month(d.month) + ": " + field_text(d.group, d.field) + " er " +
                                 (eindkomst::kind_of(static_cast<eindkomst::Field>(d.field)) == eindkomst::Kind::count
                                      ? format_hours(Hours::hundredths(d.computed)) + ", indberettet " +
                                            format_hours(Hours::hundredths(d.reported))
                                      : format_kroner(Money::ore(d.computed)) + ", indberettet " +
                                            format_kroner(Money::ore(d.reported))) +
                                 " — kør hjt eindkomst for måneden for at sende rettelsen";
        worksheet_write_string(sheet, next++, 0, text.c_str(), f.bold);
    }
}

// Excel refuses a sheet name over 31 characters or with []:*?/\ in it.
std::string sheet_name(const HelperYearDocument& h, std::size_t index) {
    std::string name = std::to_string(index + 1) + " " + h.helper_name;
    for (char& c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = ' ';
    constexpr std::size_t kMaxSheetName = 31;
    if (name.size() > kMaxSheetName) name.resize(kMaxSheetName);
    // Never cut inside a UTF-8 character: drop continuation bytes left at the end.
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    if (!name.empty() && (static_cast<unsigned char>(name.back()) & 0x80)) name.pop_back();
    return name;
}

void helper_sheet(ReportWorkbook& book, const FamilyYearDocument& doc, std::size_t index) {
    const HelperYearDocument& h = doc.helpers[index];
    lxw_worksheet* sheet = book.add_sheet(sheet_name(h, index), "Årsoversigt " + std::to_string(doc.year) + " for " +
                                                                     h.helper_name + ", CPR " + h.helper_cpr_masked);
    const std::string employer = "Arbejdsgiver: " + doc.employer_name + ", CVR " + doc.employer_cvr;
    worksheet_write_string(sheet, 1, 0, employer.c_str(), nullptr);
    const lxw_row_t totals = month_table(sheet, book.formats, 3, h.payroll);
    reconciliation(sheet, book.formats, totals + 2, h.payroll);
}

} // namespace

void write_family_payroll_year(const std::string& path, const FamilyYearDocument& doc) {
    ReportWorkbook book(path);
    lxw_worksheet* sheet = book.add_sheet("Oversigt", "Lønåret " + std::to_string(doc.year) + " for " +
                                                          doc.employer_name + ", CVR " + doc.employer_cvr);
    std::vector<TableColumn> columns = kMonthColumns;
    columns[0] = {"Hjælper", 30};
    columns.push_back({"Stemmer med eIndkomst", 22});
    SheetTable t(sheet, book.formats, 2, columns);
    std::vector<Payslip> totals;
    for (const auto& h : doc.helpers) {
        month_row(t, h.helper_name + " (" + h.helper_cpr_masked + ")", h.payroll.totals);
        t.text(12, h.payroll.ties() ? "Ja" : "Nej, se hjælperens ark");
        totals.push_back(h.payroll.totals);
    }
    t.totals(0, totals_of(add_up(totals)));
    for (std::size_t i = 0; i < doc.helpers.size(); ++i) helper_sheet(book, doc, i);
    book.close();
}

void write_helper_payroll_year(const std::string& path, const FamilyYearDocument& doc, std::size_t helper) {
    ReportWorkbook book(path);
    helper_sheet(book, doc, helper);
    book.close();
}

} // namespace hjt::reports
