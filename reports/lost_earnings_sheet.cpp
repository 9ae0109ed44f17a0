#include "reports/lost_earnings_sheet.h"

#include <xlsxwriter.h>

#include <stdexcept>

#include "domain/danish_format.h"
#include "reports/payslip_sheet.h"

namespace hjt::reports {

namespace {

constexpr const char* kEstimatedNote =
    "Loftet for året er anslået (ingen offentliggjort sats endnu); beløbene rettes, når satsen kendes.";

// Excel holds binary floating point; only the cell value is converted, never a sum.
double kroner(Money m) { return static_cast<double>(m.ore()) / 100; }

std::string cell(lxw_row_t row, lxw_col_t column) {
    char buffer[16];
    lxw_rowcol_to_cell(buffer, row, column);
    return buffer;
}

// One workbook, one sheet; the formats every lost-earnings sheet uses.
class Sheet {
public:
    Sheet(const std::string& path, const char* name) : path_(path), book_(workbook_new(path.c_str())) {
        if (!book_) throw std::runtime_error("cannot create " + path);
        sheet = workbook_add_worksheet(book_, name);
        title = workbook_add_format(book_);
        format_set_bold(title);
        format_set_font_size(title, 14);
        header = workbook_add_format(book_);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        amount = workbook_add_format(book_);
        format_set_num_format(amount, "#,##0.00");
        total = workbook_add_format(book_);
        format_set_num_format(total, "#,##0.00");
        format_set_bold(total);
        format_set_top(total, LXW_BORDER_THIN);
        note = workbook_add_format(book_);
        format_set_italic(note);
    }
    ~Sheet() {
        if (book_) workbook_close(book_);
    }
    void close() {
        lxw_error result = workbook_close(book_);
        book_ = nullptr;
        if (result != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path_);
    }

    void text(lxw_row_t row, lxw_col_t column, const std::string& value, lxw_format* format = nullptr) {
        worksheet_write_string(sheet, row, column, value.c_str(), format);
    }
    void money(lxw_row_t row, lxw_col_t column, Money value) {
        worksheet_write_number(sheet, row, column, kroner(value), amount);
    }
    void sum(lxw_row_t row, lxw_col_t column, lxw_row_t first, lxw_row_t last, Money cached) {
        std::string formula = "=SUM(" + cell(first, column) + ":" + cell(last, column) + ")";
        worksheet_write_formula_num(sheet, row, column, formula.c_str(), total, kroner(cached));
    }
    void heading(const std::string& title_text, const LostEarningsStatement& who) {
        text(0, 0, title_text, title);
        text(1, 0, "Forælder: " + who.parent_name + ", CPR " + who.parent_cpr_masked + "; barn: " + who.child_name);
        text(2, 0, "Nedsat arbejdstid " + format_hours(who.hours_off_per_week) + " af " +
                       format_hours(who.normal_weekly_hours) + " timer om ugen; skattekort: trækprocent " +
                       format_rate(who.tax_card.withholding) + ", månedsfradrag " +
                       format_kroner(who.tax_card.monthly_deduction));
    }

    lxw_worksheet* sheet = nullptr;
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* amount = nullptr;
    lxw_format* total = nullptr;
    lxw_format* note = nullptr;

private:
    std::string path_;
    lxw_workbook* book_;
};

std::string days_text(const LostEarningsMonth& m) {
    return std::to_string(m.days.numerator) + "/" + std::to_string(m.days.denominator) + " dage";
}

} // namespace

void write_lost_earnings_month(const std::string& path, const LostEarningsStatement& who, const LostEarningsMonth& m) {
    Sheet s(path, "Specifikation");
    worksheet_set_column(s.sheet, 0, 0, 48, nullptr);
    worksheet_set_column(s.sheet, 1, 2, 16, nullptr);
    s.heading("Tabt arbejdsfortjeneste, " + danish_month(m.month), who);

    lxw_row_t row = 4;
    s.text(row, 0, "Beregning", s.header);
    s.text(row, 1, "", s.header);
    s.text(row, 2, "Beløb", s.header);
    s.text(++row, 0, "Indkomst før (pr. måned)");
    s.money(row, 2, m.income_before);
    s.text(++row, 0, "Nedsættelse: indkomst × " + std::to_string(m.reduction.numerator) + "/" +
                         std::to_string(m.reduction.denominator));
    s.money(row, 2, m.reduction_amount);
    s.text(++row, 0, std::string("Loft: årets loft × nedsættelse") + (m.cap_estimated ? " (anslået)" : ""));
    s.money(row, 2, m.cap);
    s.text(++row, 0, "Dage i måneden med ydelse");
    s.text(row, 1, days_text(m));

    row += 2;
    s.text(row, 0, "Udbetaling", s.header);
    s.text(row, 1, "Sats", s.header);
    s.text(row, 2, "Beløb", s.header);
    lxw_row_t first = row + 1;
    s.text(++row, 0, std::string("Ydelse (brutto), ") + (m.capped ? "loftet" : "indkomsten") + " × dage, fratrukket besparelser " +
                         format_kroner(m.saved_costs));
    s.money(row, 2, m.benefit);
    s.text(++row, 0, "ATP, medarbejderbidrag");
    s.money(row, 2, -m.atp_employee);
    s.text(++row, 0, "AM-bidrag");
    s.text(row, 1, "8 %");
    s.money(row, 2, -m.am_bidrag);
    s.text(++row, 0, "A-skat (hele kroner)");
    s.text(row, 1, format_rate(who.tax_card.withholding));
    s.money(row, 2, -m.a_skat);
    s.text(++row, 0, "Udbetalt", s.header);
    s.sum(row, 2, first, row - 1, m.net);

    row += 2;
    s.text(row, 0, "Pension (indbetales til pensionsordningen)");
    s.text(row, 1, format_rate(m.pension_rate));
    s.money(row, 2, m.pension);
    if (m.cap_estimated) s.text(row + 2, 0, kEstimatedNote, s.note);
    s.close();
}

void write_lost_earnings_year(const std::string& path, const LostEarningsStatement& who, int year,
                              const std::vector<LostEarningsMonth>& months) {
    struct Column {
        const char* title;
        Money LostEarningsMonth::*value;
    };
    static constexpr Column kColumns[] = {
        {"Ydelse", &LostEarningsMonth::benefit},        {"Pension", &LostEarningsMonth::pension},
        {"ATP", &LostEarningsMonth::atp_employee},       {"AM-bidrag", &LostEarningsMonth::am_bidrag},
        {"A-skat", &LostEarningsMonth::a_skat},          {"Udbetalt", &LostEarningsMonth::net}};
    constexpr lxw_row_t header_row = 4;

    Sheet s(path, "Årsoversigt");
    worksheet_set_column(s.sheet, 0, 0, 18, nullptr);
    worksheet_set_column(s.sheet, 1, 1, 12, nullptr);
    worksheet_set_column(s.sheet, 2, 2 + std::size(kColumns), 14, nullptr);
    s.heading("Tabt arbejdsfortjeneste, årsoversigt " + std::to_string(year), who);
    s.text(header_row, 0, "Måned", s.header);
    s.text(header_row, 1, "Dage", s.header);
    for (lxw_col_t c = 0; c < std::size(kColumns); ++c) s.text(header_row, 2 + c, kColumns[c].title, s.header);
    s.text(header_row, 2 + std::size(kColumns), "Loft", s.header);

    lxw_row_t row = header_row;
    bool any_estimated = false;
    for (const auto& m : months) {
        s.text(++row, 0, danish_month(m.month));
        s.text(row, 1, days_text(m));
        for (lxw_col_t c = 0; c < std::size(kColumns); ++c) s.money(row, 2 + c, m.*kColumns[c].value);
        s.text(row, 2 + std::size(kColumns), m.cap_estimated ? "anslået" : "");
        any_estimated = any_estimated || m.cap_estimated;
    }
    s.text(++row, 0, "I alt", s.header);
    for (lxw_col_t c = 0; c < std::size(kColumns); ++c) {
        Money sum;
        for (const auto& m : months) sum += m.*kColumns[c].value;
        s.sum(row, 2 + c, header_row + 1, row - 1, sum);
    }
    if (any_estimated) s.text(row + 2, 0, kEstimatedNote, s.note);
    s.close();
}

} // namespace hjt::reports
