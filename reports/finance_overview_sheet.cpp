#include "reports/finance_overview_sheet.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

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

FinanceOverviewWriter::PartialFile::~PartialFile() {
    if (!done) std::remove(partial.c_str());
}

FinanceOverviewWriter::FinanceOverviewWriter(const std::string& path, int year)
    : file_{path, path + ".delvis"},
      book_(file_.partial, ReportWorkbook::Rows::streamed),
      table_(book_.add_sheet("Årsopgørelser", "Årsopgørelser " + std::to_string(year) + ": overblik for økonomi"),
             book_.formats, 2,
             {{"Familie-id", 10}, {"Familie", 30}, {"CVR", 11}, {"Børn", 6}, {"Modtaget", 16},
              {"Støtteberettiget", 16}, {"Saldo", 16}, {"Tilbagebetalingskrav", 16}, {"Efterbetaling", 16},
              {"Næste skridt", 26}, {"Status", 24}, {"Skønnet sats", 12}, {"Årsopgørelse", 40}}) {}

void FinanceOverviewWriter::add(const FinanceOverviewRow& r) {
    table_.next_row();
    table_.whole(0, r.family_id);
    table_.text(1, r.family_name);
    table_.text(2, r.family_cvr);
    table_.whole(3, r.children);
    table_.figure(4, r.received);
    table_.figure(5, r.eligible);
    table_.figure(6, r.balance);
    table_.figure(7, r.repayment_claims);
    table_.figure(8, r.top_ups);
    table_.text(9, r.next_step);
    table_.text(10, r.status);
    table_.text(11, r.uses_estimates ? "Ja" : "");
    table_.text(12, r.file);
    ++totals_.families;
    totals_.received += r.received;
    totals_.eligible += r.eligible;
    totals_.balance += r.balance;
    totals_.repayment_claims += r.repayment_claims;
    totals_.top_ups += r.top_ups;
}

void FinanceOverviewWriter::close() {
    table_.totals(1, {{4, excel_value(totals_.received)},
                      {5, excel_value(totals_.eligible)},
                      {6, excel_value(totals_.balance)},
                      {7, excel_value(totals_.repayment_claims)},
                      {8, excel_value(totals_.top_ups)}});
    book_.close();
    if (std::rename(file_.partial.c_str(), file_.path.c_str()) != 0)
        throw std::runtime_error("cannot write " + file_.path + ": " + std::strerror(errno));
    file_.done = true;
}

} // namespace hjt::reports
