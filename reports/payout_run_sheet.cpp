#include "reports/payout_run_sheet.h"

#include <xlsxwriter.h>

#include <stdexcept>
#include <unordered_map>

#include "domain/local_time.h"
#include "reports/payout_labels.h"
#include "reports/report_workbook.h"

namespace hjt::reports {
namespace {

constexpr lxw_col_t kKinds = static_cast<lxw_col_t>(std::size(kAllLineKinds));

struct Formats {
    lxw_format* header;
    lxw_format* money;
    lxw_format* total_label;
    lxw_format* total_money;
    lxw_format* date;  // a real date cell, as report_workbook's write_date writes one
};

Formats add_formats(lxw_workbook* book) {
    Formats f{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
              workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_num_format(f.money, "#,##0.00");
    format_set_bold(f.total_label);
    format_set_top(f.total_label, LXW_BORDER_THIN);
    format_set_bold(f.total_money);
    format_set_top(f.total_money, LXW_BORDER_THIN);
    format_set_num_format(f.total_money, "#,##0.00");
    format_set_num_format(f.date, "dd-mm-yyyy");
    return f;
}

// The header row, frozen, with filters over it and the `data_rows` below.
void header(lxw_worksheet* sheet, const Formats& f, const std::vector<std::string>& titles, lxw_row_t data_rows) {
    for (lxw_col_t c = 0; c < titles.size(); ++c) worksheet_write_string(sheet, 0, c, titles[c].c_str(), f.header);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, data_rows, static_cast<lxw_col_t>(titles.size() - 1));
}

void text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& value) {
    worksheet_write_string(sheet, row, col, value.c_str(), nullptr);
}

// A totals row under data rows 1..last_data_row: SUM formulas with their values.
void totals_row(lxw_worksheet* sheet, const Formats& f, lxw_row_t last_data_row, lxw_col_t label_col,
                lxw_col_t first_col, const std::vector<Money>& sums) {
    lxw_row_t row = last_data_row + 1;
    worksheet_write_string(sheet, row, label_col, "I alt", f.total_label);
    for (lxw_col_t i = 0; i < sums.size(); ++i) {
        lxw_col_t col = first_col + i;
        if (last_data_row == 0)
            worksheet_write_number(sheet, row, col, 0, f.total_money);
        else
            worksheet_write_formula_num(sheet, row, col, sum_formula(1, col, last_data_row, col).c_str(),
                                        f.total_money, excel_value(sums[i]));
    }
}

// Each family's payee as the run recorded it.
using FamilyIndex = std::unordered_map<Id, const RunPayee*>;

std::string family_name(const FamilyIndex& families, Id id) {
    auto found = families.find(id);
    return found == families.end() ? "" : found->second->name;
}

void write_families(lxw_workbook* book, const Formats& f, const PayoutRun& run, const FamilyIndex& families) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Udbetaling");
    auto rows = family_totals(run.lines);
    std::unordered_map<Id, std::string> flag_text;
    for (const auto& flag : run.flags) {
        std::string& t = flag_text[flag.family_id];
        t += (t.empty() ? "" : ", ") + danish_label(flag.code);
    }

    constexpr lxw_col_t first_money = 5;
    const lxw_col_t total_col = first_money + kKinds;
    worksheet_set_column(sheet, 0, 0, 10, nullptr);
    worksheet_set_column(sheet, 1, 1, 32, nullptr);
    worksheet_set_column(sheet, 2, 4, 11, nullptr);
    worksheet_set_column(sheet, first_money, total_col, 15, f.money);
    worksheet_set_column(sheet, total_col + 1, total_col + 1, 30, nullptr);
    std::vector<std::string> titles = {"Familie-id", "Familie", "CVR", "Reg.nr.", "Kontonr."};
    for (LineKind k : kAllLineKinds) titles.push_back(danish_label(k));
    titles.push_back("I alt");
    titles.push_back("Flag");
    header(sheet, f, titles, static_cast<lxw_row_t>(rows.size()));

    std::vector<Money> sums(kKinds + 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        lxw_row_t row = static_cast<lxw_row_t>(i + 1);
        auto found = families.find(r.family_id);
        const RunPayee* family = found == families.end() ? nullptr : found->second;
        worksheet_write_number(sheet, row, 0, static_cast<double>(r.family_id), nullptr);
        text(sheet, row, 1, family ? family->name : "");
        text(sheet, row, 2, family ? family->cvr : "");
        text(sheet, row, 3, family && family->account ? family->account->reg_no : "");
        text(sheet, row, 4, family && family->account ? family->account->account_no : "");
        for (lxw_col_t k = 0; k < kKinds; ++k) {
            worksheet_write_number(sheet, row, first_money + k, excel_value(r.by_kind[k]), f.money);
            sums[k] += r.by_kind[k];
        }
        worksheet_write_formula_num(sheet, row, total_col, sum_formula(row, first_money, row, total_col - 1).c_str(),
                                    f.money, excel_value(r.total));
        sums[kKinds] += r.total;
        text(sheet, row, total_col + 1, flag_text[r.family_id]);
    }
    totals_row(sheet, f, static_cast<lxw_row_t>(rows.size()), 1, first_money, sums);
}

void write_lines(lxw_workbook* book, const Formats& f, const PayoutRun& run, const FamilyIndex& families) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Linjer");
    worksheet_set_column(sheet, 0, 0, 10, nullptr);
    worksheet_set_column(sheet, 1, 1, 28, nullptr);
    worksheet_set_column(sheet, 2, 4, 14, nullptr);
    worksheet_set_column(sheet, 5, 6, 15, f.money);
    worksheet_set_column(sheet, 9, 9, 90, nullptr);
    worksheet_set_column(sheet, 10, 11, 30, nullptr);
    header(sheet, f,
           {"Familie-id", "Familie", "Barn-id", "Art", "Vedrører", "Beregnet", "Udbetalt", "Beskåret", "Udlæg-id",
            "Tekst", "Tilbageholdt", "Fra kørsel"},
           static_cast<lxw_row_t>(run.lines.size()));
    std::vector<Money> sums(2);
    for (std::size_t i = 0; i < run.lines.size(); ++i) {
        const auto& l = run.lines[i];
        lxw_row_t row = static_cast<lxw_row_t>(i + 1);
        worksheet_write_number(sheet, row, 0, static_cast<double>(l.family_id), nullptr);
        text(sheet, row, 1, family_name(families, l.family_id));
        worksheet_write_number(sheet, row, 2, static_cast<double>(l.child_id), nullptr);
        text(sheet, row, 3, danish_label(l.kind));
        text(sheet, row, 4, iso(l.month_concerned));
        worksheet_write_number(sheet, row, 5, excel_value(l.computed), f.money);
        worksheet_write_number(sheet, row, 6, excel_value(l.amount), f.money);
        text(sheet, row, 7, l.capped ? "Ja" : "");
        if (l.expense_id) worksheet_write_number(sheet, row, 8, static_cast<double>(*l.expense_id), nullptr);
        text(sheet, row, 9, l.description);
        text(sheet, row, 10, l.held_back);
        if (l.released_from) text(sheet, row, 11, iso(*l.released_from));
        sums[0] += l.computed;
        sums[1] += l.amount;
    }
    totals_row(sheet, f, static_cast<lxw_row_t>(run.lines.size()), 4, 5, sums);
}

void write_flags(lxw_workbook* book, const Formats& f, const PayoutRun& run, const FamilyIndex& families) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Flag");
    worksheet_set_column(sheet, 0, 0, 10, nullptr);
    worksheet_set_column(sheet, 1, 1, 28, nullptr);
    worksheet_set_column(sheet, 3, 3, 20, nullptr);
    worksheet_set_column(sheet, 4, 4, 90, nullptr);
    header(sheet, f, {"Familie-id", "Familie", "Barn-id", "Flag", "Besked"}, static_cast<lxw_row_t>(run.flags.size()));
    for (std::size_t i = 0; i < run.flags.size(); ++i) {
        const auto& flag = run.flags[i];
        lxw_row_t row = static_cast<lxw_row_t>(i + 1);
        worksheet_write_number(sheet, row, 0, static_cast<double>(flag.family_id), nullptr);
        text(sheet, row, 1, family_name(families, flag.family_id));
        if (flag.child_id) worksheet_write_number(sheet, row, 2, static_cast<double>(*flag.child_id), nullptr);
        text(sheet, row, 3, danish_label(flag.code));
        text(sheet, row, 4, flag.message);
    }
}

std::string months_text(const std::vector<Month>& months) {
    std::string text;
    for (Month m : months) text += (text.empty() ? "" : ", ") + iso(m);
    return text.empty() ? "ingen" : text;
}

void write_run(lxw_workbook* book, const Formats& f, const PayoutRun& run, const RunSettlement& s,
               const std::string& settled_months) {
    const PayoutRunHeader& h = run.header;
    const CatchUpTotal late = catch_up_total(run.lines, h.catch_up_months);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Kørsel");
    worksheet_set_column(sheet, 0, 0, 16, nullptr);
    worksheet_set_column(sheet, 1, 1, 66, nullptr);
    const std::string status = danish_label(h.status) + (h.status == RunStatus::draft ? " (ikke godkendt)" : "");
    const std::pair<std::string, std::string> rows[] = {
        {"Måned", iso(h.month)},
        {"Status", status},
        {"Forberedt af", h.prepared_by},
        {"Forberedt", danish_local_time(h.prepared_at)},
        // Which runs the figures were computed from: a month's lines count what earlier months paid.
        {"Beregnet ud fra", settled_months.empty() ? "ingen godkendte kørsler tidligere i året"
                                                   : "godkendte kørsler " + settled_months},
        {"Godkendt af", h.approved_by.value_or("")},
        {"Godkendt", danish_local_time(h.approved_at.value_or(""))},
        {"Betalt af", h.paid_by.value_or("")},
        {"Betalt", danish_local_time(h.paid_at.value_or(""))},
        {"Linjer", std::to_string(h.line_count)},
        {"Indholds-hash", h.content_hash},
        {"Efterbetalte måneder", months_text(h.catch_up_months)},
        {"Efterbetalingslinjer", std::to_string(late.lines)},
    };
    lxw_row_t row = 0;
    for (const auto& [label, value] : rows) {
        worksheet_write_string(sheet, row, 0, label.c_str(), f.total_label);
        text(sheet, row++, 1, value);
    }
    worksheet_write_string(sheet, row, 0, "Efterbetalt i alt", f.total_label);
    worksheet_write_number(sheet, row++, 1, excel_value(late.total), f.money);
    // The tie-out: every line is transferred, withheld for Skattestyrelsen,
    // kept back as the parents' saved costs or held back.
    const lxw_row_t total_row = row;
    const std::pair<const char*, Money> sums[] = {{"I alt (linjer)", h.total},
                                                  {"Overført (bankfil)", total_of(s.transfers)},
                                                  {"Indeholdt til Skattestyrelsen", total_of(s.withholding)},
                                                  {"Besparelser fratrukket (tabt arbejdsfortjeneste)", s.saved_costs},
                                                  {"Tilbageholdt", total_of(s.held_back)}};
    Money difference = h.total;
    std::string formula = "=" + cell_name(total_row, 1);
    for (const auto& [label, amount] : sums) {
        if (row > total_row) {
            difference -= amount;
            formula += "-" + cell_name(row, 1);
        }
        worksheet_write_string(sheet, row, 0, label, f.total_label);
        worksheet_write_number(sheet, row++, 1, excel_value(amount), f.money);
    }
    worksheet_write_string(sheet, row, 0, "Difference (skal være 0)", f.total_label);
    worksheet_write_formula_num(sheet, row, 1, formula.c_str(), f.total_money, excel_value(difference));
}

// The first three columns of the transfers and held-back sheets: Modtager, Familie-id, Bevilling-id.
void payee_cells(lxw_worksheet* sheet, lxw_row_t row, Payee payee, Id family_id, std::optional<Id> award_id) {
    text(sheet, row, 0, danish_label(payee));
    worksheet_write_number(sheet, row, 1, static_cast<double>(family_id), nullptr);
    if (award_id) worksheet_write_number(sheet, row, 2, static_cast<double>(*award_id), nullptr);
}

void write_transfers(lxw_workbook* book, const Formats& f, const RunSettlement& s) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Overførsler");
    worksheet_set_column(sheet, 0, 0, 16, nullptr);
    worksheet_set_column(sheet, 3, 3, 36, nullptr);
    worksheet_set_column(sheet, 6, 6, 15, f.money);
    worksheet_set_column(sheet, 7, 8, 44, nullptr);
    header(sheet, f,
           {"Modtager", "Familie-id", "Bevilling-id", "Navn", "Reg.nr.", "Kontonr.", "Beløb", "Tekst",
            "End-to-end-id"},
           static_cast<lxw_row_t>(s.transfers.size()));
    for (std::size_t i = 0; i < s.transfers.size(); ++i) {
        const auto& t = s.transfers[i];
        lxw_row_t row = static_cast<lxw_row_t>(i + 1);
        payee_cells(sheet, row, t.payee, t.family_id, t.award_id);
        text(sheet, row, 3, t.name);
        text(sheet, row, 4, t.account.reg_no);
        text(sheet, row, 5, t.account.account_no);
        worksheet_write_number(sheet, row, 6, excel_value(t.amount), f.money);
        text(sheet, row, 7, t.reference);
        text(sheet, row, 8, t.end_to_end_id);
    }
    totals_row(sheet, f, static_cast<lxw_row_t>(s.transfers.size()), 3, 6, {total_of(s.transfers)});
}

// What the municipality withholds as the parents' employer, to be reported
// (eIndkomst) and paid to Skattestyrelsen: per award, ATP, AM-bidrag, A-skat.
void write_withholding(lxw_workbook* book, const Formats& f, const RunSettlement& s) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Indeholdt skat");
    worksheet_set_column(sheet, 2, 2, 32, nullptr);
    worksheet_set_column(sheet, 3, 6, 15, f.money);
    header(sheet, f, {"Familie-id", "Bevilling-id", "Forælder", "ATP", "AM-bidrag", "A-skat", "I alt"},
           static_cast<lxw_row_t>(s.withholding.size()));
    std::vector<Money> sums(4);
    for (std::size_t i = 0; i < s.withholding.size(); ++i) {
        const auto& w = s.withholding[i];
        lxw_row_t row = static_cast<lxw_row_t>(i + 1);
        worksheet_write_number(sheet, row, 0, static_cast<double>(w.family_id), nullptr);
        worksheet_write_number(sheet, row, 1, static_cast<double>(w.award_id), nullptr);
        text(sheet, row, 2, w.parent_name);
        const Money amounts[] = {w.amounts.atp, w.amounts.am_bidrag, w.amounts.a_skat};
        for (lxw_col_t k = 0; k < 3; ++k) {
            worksheet_write_number(sheet, row, 3 + k, excel_value(amounts[k]), f.money);
            sums[k] += amounts[k];
        }
        worksheet_write_formula_num(sheet, row, 6, sum_formula(row, 3, row, 5).c_str(), f.money,
                                    excel_value(w.amounts.for_skattestyrelsen()));
        sums[3] += w.amounts.for_skattestyrelsen();
    }
    totals_row(sheet, f, static_cast<lxw_row_t>(s.withholding.size()), 2, 3, sums);
}

void write_held_back(lxw_workbook* book, const Formats& f, const RunSettlement& s, const FamilyIndex& families) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Tilbageholdt");
    worksheet_set_column(sheet, 0, 0, 16, nullptr);
    worksheet_set_column(sheet, 3, 3, 28, nullptr);
    worksheet_set_column(sheet, 4, 4, 15, f.money);
    worksheet_set_column(sheet, 5, 5, 70, nullptr);
    header(sheet, f, {"Modtager", "Familie-id", "Bevilling-id", "Familie", "Beløb", "Årsag"},
           static_cast<lxw_row_t>(s.held_back.size()));
    for (std::size_t i = 0; i < s.held_back.size(); ++i) {
        const auto& h = s.held_back[i];
        lxw_row_t row = static_cast<lxw_row_t>(i + 1);
        payee_cells(sheet, row, h.payee, h.family_id, h.award_id);
        text(sheet, row, 3, family_name(families, h.family_id));
        worksheet_write_number(sheet, row, 4, excel_value(h.amount), f.money);
        text(sheet, row, 5, h.reason);
    }
    totals_row(sheet, f, static_cast<lxw_row_t>(s.held_back.size()), 3, 4, {total_of(s.held_back)});
}

// What each family owes for its payroll, to whom and by when: paid by this
// run (payroll service) or by the family itself, which the bank file leaves out.
void write_dues(lxw_workbook* book, const Formats& f, const std::vector<RunSheetDues>& dues,
                const FamilyIndex& families) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Lønafgifter");
    worksheet_set_column(sheet, 0, 0, 10, nullptr);
    worksheet_set_column(sheet, 1, 2, 28, nullptr);
    worksheet_set_column(sheet, 3, 3, 56, nullptr);
    worksheet_set_column(sheet, 4, 4, 15, f.money);
    worksheet_set_column(sheet, 5, 5, 24, nullptr);
    worksheet_set_column(sheet, 6, 6, 56, nullptr);
    lxw_row_t rows = 0;
    for (const auto& family : dues) rows += static_cast<lxw_row_t>(family.dues.size());
    header(sheet, f, {"Familie-id", "Familie", "Modtager", "Hvad", "Beløb", "Forfald", "Betales af"}, rows);
    Money sum;
    lxw_row_t row = 0;
    for (const auto& family : dues)
        for (const auto& due : family.dues) {
            ++row;
            worksheet_write_number(sheet, row, 0, static_cast<double>(family.family_id), nullptr);
            text(sheet, row, 1, family_name(families, family.family_id));
            text(sheet, row, 2, due.payee);
            text(sheet, row, 3, due.what);
            worksheet_write_number(sheet, row, 4, excel_value(due.amount), f.money);
            if (due.due) {
                lxw_datetime when = excel_date(*due.due);
                worksheet_write_datetime(sheet, row, 5, &when, f.date);
            } else {
                text(sheet, row, 5, "ATP's kvartalsopkrævning");
            }
            text(sheet, row, 6, family.paid_by_run ? "Betalt af kommunen i denne kørsel (lønservice)"
                                                   : "Familien betaler selv (til oplysning, ikke i bankfilen)");
            sum += due.amount;
        }
    totals_row(sheet, f, rows, 3, 4, {sum});
}

} // namespace

void write_payout_run_sheet(const std::string& path, const PayoutRun& run, const RunSettlement& settlement,
                            const std::string& settled_months, const std::vector<RunSheetDues>& dues) {
    FamilyIndex index;
    for (const auto& p : run.payees)
        if (p.payee == Payee::family) index[p.family_id] = &p;
    // Constant memory: rows go to disk as they are written, so 10,000 families cost little.
    lxw_workbook_options options{LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    if (!book) throw std::runtime_error("cannot create " + path);
    Formats f = add_formats(book);
    write_families(book, f, run, index);
    write_lines(book, f, run, index);
    write_flags(book, f, run, index);
    write_run(book, f, run, settlement, settled_months);
    write_transfers(book, f, settlement);
    write_withholding(book, f, settlement);
    write_held_back(book, f, settlement, index);
    write_dues(book, f, dues, index);
    lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path + ": " + lxw_strerror(error));
}

} // namespace hjt::reports
