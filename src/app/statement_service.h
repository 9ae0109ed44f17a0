// The family's annual statement (domain.md §7) from the store: each child's
// reconciliation as stored (final or draft), or, for a year not reconciled
// yet, as computed now with the forecast; the year's shifts per helper and
// their excluded parts; the expenses with their status; the estimated rates.
// CPR numbers are masked here, before anything reaches a file.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "app/letter_settings.h"
#include "app/progress.h"
#include "reports/annual_statement_sheet.h"
#include "reports/finance_overview_sheet.h"
#include "store/family_range.h"

namespace hjt::app {

// NotFound for an unknown family; ValidationError "year" for a year outside 2000–2099.
reports::AnnualStatement annual_statement(soci::session& sql, Id family_id, int year, Date today);

// A final statement is a decision (issue 19): it gets the date it is issued,
// the last day to appeal (letters.appeal_weeks later) and the municipality's
// appeal guidance. A draft or an open year gets none: nothing to appeal yet.
void add_decision(reports::AnnualStatement& statement, const LetterSettings& letters, Date issued);

struct StatementsReport {
    int year = 0;
    reports::FinanceOverviewWriter::Totals totals;  // the overview's: families, received, eligible, ...
    std::string overview_file;
};

// Each family's overview row as its statement is written (by family id,
// `file` the statement's path): what a caller lists, without the report
// holding every family's row.
using EachStatement = std::function<void(const reports::FinanceOverviewRow&)>;

// "aarsopgoerelse-<family>-<year>.xlsx" and "aarsopgoerelser-<year>-oversigt.xlsx"
std::string statement_file_name(Id family_id, int year);
std::string overview_file_name(int year);

// Every family's statement into `dir` (created), and finance's overview as
// they are written; a final one with its decision (add_decision, issued
// `today`). The families and their figures are read `families_a_page`
// families at a time (the same figures as all at once), and each family's
// row goes to the overview and `each` as it is made, so memory holds a
// page's, not the municipality's.
StatementsReport write_all_statements(soci::session& sql, int year, Date today, const std::string& dir,
                                      const LetterSettings& letters, const Progress& progress = {},
                                      const EachStatement& each = {},
                                      std::size_t families_a_page = store::kFamiliesAPage);

} // namespace hjt::app
