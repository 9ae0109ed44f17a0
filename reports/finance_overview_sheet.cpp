#include "reports/finance_overview_sheet.h"

#include <algorithm>

#include "reports/report_workbook.h"
#include "reports/sheet_table.h"
#include "reports/statement_labels.h"

namespace hjt::reports {

FinanceOverviewRow overview_row(const AnnualStatement& s, const std::string& file) {
    FinanceOverviewRow row;
    row.family_id = s.family_id;
    row.family_name = s.family_name;
    row.family_cvr = s.family_cvr;
    row.children = static_cast<int>(s.children.size());
    row.file = file;
    StatementStatus status = StatementStatus::final;
    for (const auto& c : s.children) {
        const ChildReconciliation& r = c.figures;
        row.received += r.received.total();
        row.eligible += r.eligible;
        row.balance += r.balance;
        if (c.status != StatementStatus::open && r.outcome == ReconciliationOutcome::repayment_claim)
            row.repayment_claims += r.balance;
        if (c.status != StatementStatus::open && r.outcome == ReconciliationOutcome::top_up) row.top_ups -= r.balance;
        const std::string step = c.status == StatementStatus::open ? "Foreløbig" : danish_label(r.outcome);
        if (row.next_step.find(step) == std::string::npos) row.next_step += (row.next_step.empty() ? "" : " / ") + step;
        status = std::min(status, c.status);  // open < draft < final: the family is as far as its least advanced child
        row.uses_estimates = row.uses_estimates || r.uses_estimates;
    }
    row.status = danish_label(s.children.empty() ? StatementStatus::open : status);
    return row;
}

void write_finance_overview(const std::string& path, int year, const std::vector<FinanceOverviewRow>& rows) {
    ReportWorkbook book(path);
    lxw_worksheet* sheet = book.add_sheet("Årsopgørelser", "Årsopgørelser " + std::to_string(year) + ": overblik for økonomi");
    SheetTable t(sheet, book.formats, 2,
                 {{"Familie-id", 10}, {"Familie", 30}, {"CVR", 11}, {"Børn", 6}, {"Modtaget", 16},
                  {"Støtteberettiget", 16}, {"Saldo", 16}, {"Tilbagebetalingskrav", 16}, {"Efterbetaling", 16},
                  {"Næste skridt", 26}, {"Status", 24}, {"Skønnet sats", 12}, {"Årsopgørelse", 40}});
    Money received, eligible, balance, claims, top_ups;
    for (const auto& r : rows) {
        t.next_row();
        t.whole(0, r.family_id);
        t.text(1, r.family_name);
        t.text(2, r.family_cvr);
        t.whole(3, r.children);
        t.figure(4, r.received);
        t.figure(5, r.eligible);
        t.figure(6, r.balance);
        t.figure(7, r.repayment_claims);
        t.figure(8, r.top_ups);
        t.text(9, r.next_step);
        t.text(10, r.status);
        t.text(11, r.uses_estimates ? "Ja" : "");
        t.text(12, r.file);
        received += r.received;
        eligible += r.eligible;
        balance += r.balance;
        claims += r.repayment_claims;
        top_ups += r.top_ups;
    }
    t.totals(1, {{4, excel_value(received)},
                 {5, excel_value(eligible)},
                 {6, excel_value(balance)},
                 {7, excel_value(claims)},
                 {8, excel_value(top_ups)}});
    book.close();
}

} // namespace hjt::reports
