// Finance's overview of a year's statements (xlsx, Danish labels): one row per
// family with received, eligible, the balance, the repayment claims and top-ups
// it leads to, status and the statement's file; totals as SUM formulas with
// their cached values. Written a row at a time as the statements are, in
// libxlsxwriter's constant-memory mode: memory does not grow with the families.
#pragma once

#include <string>
#include <vector>

#include "reports/annual_statement_sheet.h"
#include "reports/report_workbook.h"
#include "reports/sheet_table.h"

namespace hjt::reports {

struct FinanceOverviewRow {
    Id family_id = 0;
    std::string family_name;
    std::string family_cvr;
    int children = 0;
    Money received;
    Money eligible;
    Money balance;
    Money repayment_claims;  // Σ the children's claims (positive balances to repay)
    Money top_ups;           // Σ the children's top-ups the municipality pays
    std::string next_step;   // "Tilbagebetalingskrav", "Efterbetaling / Intet", "Foreløbig", ...
    std::string status;      // "Endelig", "Kladde (ikke endelig)", ...
    bool uses_estimates = false;
    std::string file;        // the statement's file name
};

FinanceOverviewRow overview_row(const AnnualStatement& statement, const std::string& file);

class FinanceOverviewWriter {
public:
    // std::runtime_error when the file cannot be created.
    FinanceOverviewWriter(const std::string& path, int year);

    void add(const FinanceOverviewRow& row);

    // The sums of the rows added so far: the totals row's cached values.
    struct Totals {
        long long families = 0;
        Money received, eligible, balance, repayment_claims, top_ups;
    };
    const Totals& totals() const { return totals_; }

    // Writes the totals row and the file; std::runtime_error when it cannot be
    // written. Not closed (a statement failed on the way), no file is left.
    void close();

private:
    // The workbook is written under a temporary name and renamed when closed,
    // so a run that stops half way leaves no overview that looks whole.
    // Declared before book_: removed after the unclosed book is written out.
    struct PartialFile {
        std::string path, partial;
        bool done = false;
        ~PartialFile();
    };
    PartialFile file_;
    ReportWorkbook book_;
    SheetTable table_;
    Totals totals_;
};

} // namespace hjt::reports
