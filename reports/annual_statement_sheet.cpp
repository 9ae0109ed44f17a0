#include "reports/annual_statement_sheet.h"

#include <algorithm>
#include <optional>

#include "domain/danish_format.h"
#include "domain/local_time.h"
#include "reports/payslip_sheet.h"
#include "reports/report_workbook.h"
#include "reports/sheet_table.h"
#include "reports/statement_arithmetic.h"
#include "reports/statement_labels.h"

namespace hjt::reports {

namespace {

constexpr const char* kEstimated = "skønnet sats";

std::string amount_cell(lxw_row_t row) { return cell_name(row, 1); }

// The summary sheet: label in A, figure in B, a note in C; each figure's row
// is returned, so formulas can name it.
class Summary {
public:
    Summary(lxw_worksheet* sheet, const SheetFormats& f) : sheet_(sheet), f_(f) {
        worksheet_set_column(sheet, 0, 0, 52, nullptr);
        worksheet_set_column(sheet, 1, 1, 18, nullptr);
        worksheet_set_column(sheet, 2, 2, 80, nullptr);
    }

    void text(const std::string& label, const std::string& value = "", lxw_format* format = nullptr) {
        write(++row_, 0, label, format);
        write(row_, 2, value, format);
    }
    void heading(const std::string& label, const std::string& figure_title) {
        ++row_;
        text(label, "", f_.header);
        write(row_, 1, figure_title, f_.header);
    }
    lxw_row_t money(const std::string& label, Money value, const std::string& note = "") {
        text(label, note);
        worksheet_write_number(sheet_, row_, 1, excel_value(value), f_.amount);
        return row_;
    }
    lxw_row_t hours(const std::string& label, Hours value, const std::string& note = "") {
        text(label, note);
        worksheet_write_number(sheet_, row_, 1, excel_value(value), f_.amount);
        return row_;
    }
    lxw_row_t formula(const std::string& label, const std::string& formula, Money cached, const std::string& note = "") {
        text(label, note, f_.bold);
        worksheet_write_formula_num(sheet_, row_, 1, formula.c_str(), f_.total, excel_value(cached));
        return row_;
    }
    lxw_row_t sum(const std::string& label, lxw_row_t first, lxw_row_t last, Money cached, const std::string& note = "") {
        return formula(label, sum_formula(first, 1, last, 1), cached, note);
    }
    void date(const std::string& label, Date value, const std::string& note = "") {
        text(label, note);
        write_date(sheet_, row_, 1, value, f_);
    }
    // A figure that is a word, not a number: an outcome, a rate.
    void word(const std::string& label, const std::string& figure, const std::string& note, lxw_format* format = nullptr) {
        text(label, note, format);
        write(row_, 1, figure, format);
    }
    void skip() { ++row_; }
    lxw_format* bold() const { return f_.bold; }

private:
    void write(lxw_row_t row, lxw_col_t column, const std::string& value, lxw_format* format) {
        if (!value.empty()) worksheet_write_string(sheet_, row, column, value.c_str(), format);
    }

    lxw_worksheet* sheet_;
    const SheetFormats& f_;
    lxw_row_t row_ = 2;
};

// Where a child's key figures sit on the summary, for the family's totals.
struct ChildRows {
    lxw_row_t eligible;
    lxw_row_t received;
    lxw_row_t balance;
};

void write_forecast(Summary& w, const ReconciliationForecast& p) {
    w.heading("Prognose ved uændret tempo (januar–" + danish_month(p.elapsed_through) + ")", "Forventet");
    w.text("Tempo: brugte timer i forhold til bevilgede", format_rate(p.pace));
    w.hours("Forventede brugte timer i året", p.expected_used_hours);
    const lxw_row_t eligible = w.money("Forventet støtteberettiget", p.expected_eligible);
    const lxw_row_t received = w.money("Forventet modtaget", p.expected_received);
    const std::string claim = p.expected_balance > Money{} ? "over 0: der er udsigt til et tilbagebetalingskrav"
                                                           : "";
    w.formula("Forventet saldo", "=" + amount_cell(received) + "-" + amount_cell(eligible), p.expected_balance, claim);
}

ChildRows write_child(Summary& w, const StatementChild& c) {
    const ChildReconciliation& r = c.figures;
    w.heading(r.child_name + ", CPR " + c.cpr_masked, "Beløb");
    w.word("Tallene er beregnet", danish_local_time(c.computed_at),
           c.stale_draft_computed_at.empty()
               ? ""
               : "kladden fra " + danish_local_time(c.stale_draft_computed_at) +
                     " var beregnet før senere ændringer; tallene her er beregnet på ny");
    w.hours("Bevilgede timer", r.approved_hours, "ugentlige timer × 52/12, måned for måned; årets nøjagtige timer, afrundet én gang");
    w.hours("Brugte timer med tilskud", r.used_hours, "se arket Timer uden tilskud for timer, der ikke tæller");
    const lxw_row_t first = w.money("Hjælpere: brugte timer × timepris, højst de bevilgede", r.eligible_helper,
                                    pooling_note(r.pooling));
    w.money("Udlæg: godkendte og dokumenterede", r.eligible_expenses, "se arket Udlæg");
    const lxw_row_t last = w.money("Faste beløb (som udbetalt)", r.eligible_fixed);
    const lxw_row_t before_cap = w.sum("Støtteberettiget før årsloft", first, last, r.eligible_before_cap);
    const lxw_row_t cap = w.money("Årsloft pr. barn", r.year_cap, r.year_cap_estimated ? kEstimated : "");
    ChildRows rows{};
    rows.eligible = w.formula("Støtteberettiget", "=MIN(" + amount_cell(before_cap) + "," + amount_cell(cap) + ")",
                              r.eligible, r.capped ? "beskåret til årsloftet" : "");
    w.skip();
    // A row per kind that counts as received (domain/line_kinds.h), in the table's order.
    std::optional<lxw_row_t> first_received;
    lxw_row_t last_received = 0;
    for (LineKind k : kAllLineKinds) {
        if (!rules_of(k).counts_as_received) continue;
        last_received = w.money(rules_of(k).received_label, r.received[k]);
        if (!first_received) first_received = last_received;
    }
    rows.received = w.sum("Modtaget i alt", *first_received, last_received, r.received.total());
    rows.balance = w.formula("Saldo: modtaget − støtteberettiget",
                             "=" + amount_cell(rows.received) + "-" + amount_cell(rows.eligible), r.balance,
                             "over 0: skal betales tilbage; under 0: mere var støtteberettiget");
    w.word("Næste skridt", c.status == StatementStatus::open ? "Foreløbig" : danish_label(r.outcome),
           next_step(r, c.status), w.bold());
    w.heading("Sådan er tallene regnet", "");
    for (const auto& line : computation_lines(r)) w.text(line.what, line.arithmetic);
    if (r.forecast) write_forecast(w, *r.forecast);
    return rows;
}

// "=B7+B31": the same figure of every child, added up.
std::string children_sum(const std::vector<ChildRows>& rows, lxw_row_t ChildRows::*figure) {
    std::string formula = "=";
    for (std::size_t i = 0; i < rows.size(); ++i) formula += (i ? "+" : "") + amount_cell(rows[i].*figure);
    return formula;
}

void write_summary(lxw_worksheet* sheet, const SheetFormats& f, const AnnualStatement& s) {
    Summary w(sheet, f);
    w.text("Familie: " + s.family_name + ", CVR " + s.family_cvr);
    w.text("Status: " + danish_label(family_status(s)));
    w.text("Udbetalinger medregnet", runs_text(s.runs));
    if (s.decision) {
        w.date("Afgørelsens dato", s.decision->issued);
        w.date("Klagefrist", s.decision->appeal_deadline, "sidste dag, klagen skal være modtaget i kommunen");
        w.text("Klagevejledning", s.decision->appeal_guidance);
    }

    std::vector<ChildRows> rows;
    Money eligible, received, balance;
    for (const auto& child : s.children) {
        rows.push_back(write_child(w, child));
        eligible += child.figures.eligible;
        received += child.figures.received.total();
        balance += child.figures.balance;
    }
    if (s.children.size() > 1) {
        w.heading("Familien i alt", "Beløb");
        w.formula("Støtteberettiget", children_sum(rows, &ChildRows::eligible), eligible);
        w.formula("Modtaget", children_sum(rows, &ChildRows::received), received);
        w.formula("Saldo", children_sum(rows, &ChildRows::balance), balance);
    }
    if (!s.estimates.empty()) {
        w.heading("Skønnede satser", "Sats");
        for (const auto& e : s.estimates) w.word(e.what, e.value, std::string(kEstimated) + ": " + e.source);
        w.text("Beløb, der bygger på en skønnet sats, rettes, når den offentliggjorte sats kendes.", "", f.note);
    }
    if (!s.settings.empty()) {
        w.heading("Kommunens indstillinger", "");
        for (const auto& setting : s.settings) w.text(setting, "", f.note);
    }
}

std::string months_sheet_name(const AnnualStatement& s, std::size_t child) {
    return s.children.size() == 1 ? "Timer pr. måned" : "Timer pr. måned, barn " + std::to_string(child + 1);
}

// Approved and used hours month by month as columns, months along the axis.
void add_hours_chart(lxw_workbook* book, lxw_worksheet* sheet, const std::string& sheet_name, const SheetTable& t) {
    lxw_chart* chart = workbook_add_chart(book, LXW_CHART_COLUMN);
    chart_title_set_name(chart, "Bevilgede og brugte timer");
    chart_axis_set_name(chart->y_axis, "Timer");
    char* name = const_cast<char*>(sheet_name.c_str());  // libxlsxwriter copies it
    for (lxw_col_t column : {lxw_col_t{1}, lxw_col_t{2}}) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, name, t.first_data_row(), 0, t.last_data_row(), 0);
        chart_series_set_values(series, name, t.first_data_row(), column, t.last_data_row(), column);
        chart_series_set_name_range(series, name, t.first_data_row() - 1, column);
    }
    worksheet_insert_chart(sheet, 1, 8, chart);
}

void write_months(ReportWorkbook& book, const std::string& name, const AnnualStatement& s, const StatementChild& c) {
    const SheetFormats& f = book.formats;
    const ChildReconciliation& r = c.figures;
    lxw_worksheet* sheet = book.add_sheet(name, "Timer pr. måned " + std::to_string(s.year) + ", " + r.child_name);
    worksheet_write_string(sheet, 1, 0, ("Hjælpere: " + pooling_note(r.pooling)).c_str(), f.note);
    const bool month_by_month = r.pooling == HourPooling::month_by_month;
    std::vector<TableColumn> columns = {{"Måned", 16},         {"Bevilgede timer"}, {"Brugte timer"}, {"Timepris", 12},
                                        {"Bevilget beløb", 16}, {"Brugt beløb", 16}};
    if (month_by_month) columns.push_back({"Støtteberettiget", 16});
    SheetTable t(sheet, f, 3, columns);
    Money eligible;
    for (const auto& m : r.months) {
        t.next_row();
        t.text(0, danish_month(m.month));
        t.figure(1, m.approved_hours);
        t.figure(2, m.used_hours);
        t.price(3, m.hourly_cost_ore100);
        t.figure(4, m.approved_cost);
        t.figure(5, m.used_cost);
        if (month_by_month) t.figure(6, m.eligible_cost);
        eligible += m.eligible_cost;
    }
    // The year's approved hours are its exact total rounded once, not the
    // sum of the rounded months: a number, not a SUM, with a note saying so.
    std::vector<SheetTable::Total> totals = {{2, excel_value(r.used_hours)},
                                             {4, excel_value(r.approved_cost)},
                                             {5, excel_value(r.used_cost)}};
    if (month_by_month) totals.push_back({6, excel_value(eligible)});
    const lxw_row_t total_row = t.totals(0, totals);
    worksheet_write_number(sheet, total_row, 1, excel_value(r.approved_hours), f.total);
    worksheet_write_string(sheet, total_row + 1, 0, kYearHoursNote.c_str(), f.note);
    if (std::any_of(s.estimates.begin(), s.estimates.end(), [](const EstimatedFigure& e) { return e.in_hourly_cost; }))
        worksheet_write_string(sheet, total_row + 2, 0,
                               "Timeprisen bygger på en skønnet sats (se Oversigt); den rettes, når satsen kendes.",
                               f.note);
    if (!r.months.empty()) add_hours_chart(book.book(), sheet, name, t);
}

void write_helpers(ReportWorkbook& book, const AnnualStatement& s) {
    lxw_worksheet* sheet = book.add_sheet("Hjælpere", "Timer pr. hjælper " + std::to_string(s.year));
    SheetTable t(sheet, book.formats, 2,
                 {{"Hjælper", 30}, {"CPR", 13}, {"Timer i alt"}, {"Med tilskud"}, {"Uden tilskud"}});
    Hours all, subsidisable;
    for (const auto& h : s.helpers) {
        t.next_row();
        t.text(0, h.name);
        t.text(1, h.cpr_masked);
        t.figure(2, h.hours);
        t.figure(3, h.subsidisable);
        t.figure(4, h.hours - h.subsidisable);
        all += h.hours;
        subsidisable += h.subsidisable;
    }
    const lxw_row_t total_row = t.totals(
        0, {{2, excel_value(all)}, {3, excel_value(subsidisable)}, {4, excel_value(all - subsidisable)}});
    worksheet_write_string(sheet, total_row + 2, 0,
                           "Alle timer skal lønnes; kun timerne med tilskud tæller i opgørelsen.", book.formats.note);
}

void write_exclusions(ReportWorkbook& book, const AnnualStatement& s) {
    lxw_worksheet* sheet = book.add_sheet("Timer uden tilskud", "Timer uden tilskud " + std::to_string(s.year));
    SheetTable t(sheet, book.formats, 2, {{"Dato", 12}, {"Hjælper", 30}, {"Vagt", 14}, {"Årsag", 44}, {"Timer", 10}});
    Hours total;
    for (const auto& e : s.exclusions) {
        t.next_row();
        t.date(0, e.date);
        t.text(1, e.helper_name);
        t.text(2, e.shift);
        t.text(3, e.reason);
        t.figure(4, e.hours);
        total += e.hours;
    }
    t.totals(3, {{4, excel_value(total)}});
}

void write_expenses(ReportWorkbook& book, const AnnualStatement& s) {
    lxw_worksheet* sheet = book.add_sheet("Udlæg", "Udlæg " + std::to_string(s.year));
    SheetTable t(sheet, book.formats, 2,
                 {{"Dato", 12}, {"Barn", 20}, {"Kategori", 18}, {"Bilag", 16}, {"Beløb"}, {"Status", 11},
                  {"Begrundelse", 50}, {"Støtteberettiget", 16}});
    Money amount, eligible;
    for (const auto& e : s.expenses) {
        t.next_row();
        t.date(0, e.date);
        t.text(1, e.child_name);
        t.text(2, e.category);
        t.text(3, e.document_ref);
        t.figure(4, e.amount);
        t.text(5, e.status);
        t.text(6, e.reason);
        t.figure(7, e.eligible);
        amount += e.amount;
        eligible += e.eligible;
    }
    t.totals(3, {{4, excel_value(amount)}, {7, excel_value(eligible)}});
}

} // namespace

void write_annual_statement(const std::string& path, const AnnualStatement& statement) {
    ReportWorkbook book(path);
    write_summary(book.add_sheet("Oversigt", "Årsopgørelse over hjemmetræning " + std::to_string(statement.year)),
                  book.formats, statement);
    for (std::size_t i = 0; i < statement.children.size(); ++i)
        write_months(book, months_sheet_name(statement, i), statement, statement.children[i]);
    write_helpers(book, statement);
    write_exclusions(book, statement);
    write_expenses(book, statement);
    book.close();
}

} // namespace hjt::reports
