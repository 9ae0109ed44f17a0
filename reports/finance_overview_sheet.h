// Finance's overview of a year's statements (xlsx, Danish labels): one row per
// family with received, eligible, the balance, the repayment claims and top-ups
// it leads to, status and the statement's file; totals as SUM formulas with
// their cached values.
#pragma once

#include <string>
#include <vector>

#include "reports/annual_statement_sheet.h"

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

// Throws std::runtime_error when the file cannot be written.
void write_finance_overview(const std::string& path, int year, const std::vector<FinanceOverviewRow>& rows);

} // namespace hjt::reports
