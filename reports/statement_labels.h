// Danish words of the annual statement and the finance overview: why hours
// are not subsidised, an expense's status, where a year stands and what
// happens next. Shared by the statement, the overview and the CLI's text.
#pragma once

#include <string>
#include <vector>

#include "domain/entities.h"
#include "domain/policy.h"
#include "domain/reconciliation.h"
#include "domain/shift_classification.h"
#include "domain/statuses.h"
#include "reports/annual_statement_sheet.h"

namespace hjt::reports {

// "efter 16:00 (tidsrum 07:00–16:00)", "weekend", "helligdag (Skærtorsdag)", "uden for bevillingen"
std::string danish_reason(const ExcludedPart& part, const Policy& policy);
std::string danish_label(ExpenseStatus status);           // "Indsendt", "Godkendt", "Afvist"
std::string danish_label(StatementStatus status);         // "Kladde (ikke endelig)", ...
std::string danish_label(ReconciliationStatus status);    // "Kladde", "Endelig"
std::string danish_label(ReconciliationOutcome outcome);  // "Tilbagebetalingskrav", "Efterbetaling", "Intet", ...
// What happens next for the child, in a sentence with the amount:
// "familien betaler 1.234,56 kr tilbage til kommunen (kladde: ...)".
std::string next_step(const ChildReconciliation& figures, StatementStatus status);
// The family's status: final when every child's year is final, open while any is.
StatementStatus family_status(const AnnualStatement& statement);
// "godkendte kørsler 2026-01, 2026-02", or that none are counted yet.
std::string runs_text(const std::vector<Month>& runs);
// Why the year's approved hours differ from the sum of the rounded months.
extern const std::string kYearHoursNote;
// How the helper hours are pooled, in a sentence.
std::string pooling_note(HourPooling pooling);

} // namespace hjt::reports
