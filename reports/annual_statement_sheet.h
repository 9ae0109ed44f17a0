// The family's annual hour statement (årsopgørelse, domain.md §7) as xlsx with
// Danish labels:
//   "Oversigt"          per child: eligible helper cost, expenses and fixed
//                       amounts, the cap, eligible, received by kind, the
//                       balance and what happens next (tilbagebetalingskrav /
//                       efterbetaling / intet), draft or final; for an open year
//                       the forecast. The family's totals with several children.
//                       Every estimated figure listed as "skønnet sats".
//   "Timer pr. måned"   per child (one sheet each): approved vs used hours and
//                       their cost month by month, with a column chart.
//   "Hjælpere"          hours per helper: worked, subsidised, not subsidised.
//   "Timer uden tilskud" every excluded part of a shift with its reason.
//   "Udlæg"             the year's expenses with document reference, status,
//                       reason and the eligible part.
// Totals are SUM/MIN formulas written with their cached values, which are the
// reconciliation's own figures (sums of rounded lines), so a viewer that does
// not recalculate shows the same øre as the ledger. CPR numbers come masked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/reconciliation.h"

namespace hjt::reports {

enum class StatementStatus {
    open,   // the year is not reconciled yet: figures so far, and the forecast
    draft,  // reconciled, not yet final
    final,  // final: the year is closed and the settlement posted
};

struct StatementChild {
    std::string cpr_masked;  // "DDMMYY-XXXX"
    StatementStatus status = StatementStatus::open;
    ChildReconciliation figures;
    std::string computed_at;              // when the figures were computed (UTC)
    std::string stale_draft_computed_at;  // a stored draft computed before later changes, recomputed ("" none)
};

struct StatementHelper {
    std::string name;
    std::string cpr_masked;
    Hours hours;         // every hour worked in the year (all go on the payslips)
    Hours subsidisable;  // the hours that count in the reconciliation
};

struct StatementExclusion {
    Date date;                // the day the shift starts
    std::string helper_name;
    std::string shift;        // "14:00–18:00"
    std::string reason;       // Danish: "efter 16:00", "weekend", "helligdag (Skærtorsdag)", ...
    Hours hours;
};

struct StatementExpense {
    Date date;
    std::string child_name;
    std::string category;
    std::string document_ref;
    Money amount;
    std::string status;  // "Indsendt", "Godkendt", "Afvist"
    std::string reason;  // why it is rejected or not (fully) eligible; "" otherwise
    Money eligible;      // the part counted in the reconciliation
};

// A figure of the year's rates that is not published yet (domain.md §9).
struct EstimatedFigure {
    std::string what;    // "Årsloft for hjemmetræning pr. barn"
    std::string value;   // "720.732,00 kr"
    std::string source;  // how it was estimated
    bool in_hourly_cost = false;  // the hourly cost of the helper hours uses it
};

// A final statement is a decision: when it is issued, the last day to appeal
// and the appeal guidance (the municipality's, config/letters.properties).
struct StatementDecision {
    Date issued;
    Date appeal_deadline;
    std::string appeal_guidance;
};

struct AnnualStatement {
    Id family_id = 0;
    std::string family_name;
    std::string family_cvr;
    int year = 0;
    std::vector<StatementChild> children;
    std::vector<StatementHelper> helpers;
    std::vector<StatementExclusion> exclusions;  // by date
    std::vector<StatementExpense> expenses;      // by date
    std::vector<EstimatedFigure> estimates;
    // The municipal settings in force that shape these figures (the helper
    // window, extra days, the payroll policy), one Danish sentence each.
    std::vector<std::string> settings;
    std::vector<Month> runs;  // the approved runs whose payments for the year the figures count
    std::optional<StatementDecision> decision;  // set for a final statement (app::with_decision)
};

// Throws std::runtime_error when the file cannot be written.
void write_annual_statement(const std::string& path, const AnnualStatement& statement);

} // namespace hjt::reports
