#include "reports/statement_labels.h"

#include <algorithm>

#include "domain/danish_format.h"
#include "domain/shift_times.h"

namespace hjt::reports {

namespace {

constexpr auto kExpenseStatusLabels = enum_table<ExpenseStatus>(
    {{ExpenseStatus::submitted, "Indsendt"}, {ExpenseStatus::approved, "Godkendt"}, {ExpenseStatus::rejected, "Afvist"}});
constexpr auto kStatementStatusLabels =
    enum_table<StatementStatus>({{StatementStatus::open, "Året er ikke afsluttet (foreløbig opgørelse med prognose)"},
                                 {StatementStatus::draft, "Kladde (ikke endelig)"},
                                 {StatementStatus::final, "Endelig"}});
constexpr auto kReconciliationStatusLabels =
    enum_table<ReconciliationStatus>({{ReconciliationStatus::draft, "Kladde"}, {ReconciliationStatus::final, "Endelig"}});
constexpr auto kOutcomeLabels = enum_table<ReconciliationOutcome>({{ReconciliationOutcome::zero, "Intet"},
                                                                   {ReconciliationOutcome::repayment_claim, "Tilbagebetalingskrav"},
                                                                   {ReconciliationOutcome::top_up, "Efterbetaling"},
                                                                   {ReconciliationOutcome::top_up_not_paid, "Ingen efterbetaling"}});

std::string window(const Policy& policy) {
    return "tidsrum " + format_clock(policy.window_start_minute) + "–" + format_clock(policy.window_end_minute);
}

} // namespace

std::string danish_reason(const ExcludedPart& part, const Policy& policy) {
    switch (part.reason) {
    case Exclusion::outside_grant: return "uden for bevillingen";
    case Exclusion::public_holiday: return "helligdag" + (part.holiday ? " (" + *part.holiday + ")" : std::string());
    case Exclusion::weekend: return "weekend";
    case Exclusion::before_window: return "før " + format_clock(policy.window_start_minute) + " (" + window(policy) + ")";
    case Exclusion::after_window: return "efter " + format_clock(policy.window_end_minute) + " (" + window(policy) + ")";
    }
    return to_string(part.reason);
}

std::string danish_label(ExpenseStatus status) { return text_of(kExpenseStatusLabels, status); }
std::string danish_label(StatementStatus status) { return text_of(kStatementStatusLabels, status); }
std::string danish_label(ReconciliationStatus status) { return text_of(kReconciliationStatusLabels, status); }
std::string danish_label(ReconciliationOutcome outcome) { return text_of(kOutcomeLabels, outcome); }

std::string next_step(const ChildReconciliation& r, StatementStatus status) {
    if (status == StatementStatus::open)
        return "Året er ikke afsluttet: opgørelsen laves efter årets udgang; se prognosen nedenfor.";
    std::string step;
    switch (r.outcome) {
    case ReconciliationOutcome::zero: step = "Modtaget svarer til det støtteberettigede; intet skal betales."; break;
    case ReconciliationOutcome::repayment_claim:
        step = "Familien betaler " + format_kroner(r.balance) + " tilbage til kommunen.";
        break;
    case ReconciliationOutcome::top_up: step = "Kommunen efterbetaler " + format_kroner(-r.balance) + " til familien."; break;
    case ReconciliationOutcome::top_up_not_paid:
        step = "Der var " + format_kroner(-r.balance) + " mere støtteberettiget, men kommunen efterbetaler ikke.";
        break;
    }
    return step + (status == StatementStatus::draft ? " Foreløbigt: opgørelsen er en kladde, til økonomi gør den endelig."
                                                    : " Opgørelsen er endelig; året er lukket.");
}

StatementStatus family_status(const AnnualStatement& s) {
    auto any = [&](StatementStatus status) {
        return std::any_of(s.children.begin(), s.children.end(),
                           [&](const StatementChild& c) { return c.status == status; });
    };
    if (s.children.empty() || any(StatementStatus::open)) return StatementStatus::open;
    return any(StatementStatus::draft) ? StatementStatus::draft : StatementStatus::final;
}

std::string runs_text(const std::vector<Month>& runs) {
    if (runs.empty()) return "ingen godkendte kørsler endnu";
    std::string text;
    for (Month m : runs) text += (text.empty() ? "" : ", ") + iso(m);
    return "godkendte kørsler " + text;
}

const std::string kYearHoursNote =
    "Bevilgede timer i alt er regnet af årets nøjagtige timer og afrundet én gang; månedernes timer er afrundet hver for sig.";

std::string pooling_note(HourPooling pooling) {
    return pooling == HourPooling::over_year
               ? "timerne puljes over året: ubrugte timer i én måned kan dække ekstra timer i en anden"
               : "måned for måned: hver måned højst de bevilgede timer";
}

} // namespace hjt::reports
