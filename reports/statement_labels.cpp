#include "reports/statement_labels.h"

#include "domain/danish_format.h"
#include "domain/shift_times.h"

namespace hjt::reports {

namespace {

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

std::string danish_label(ExpenseStatus status) {
    switch (status) {
    case ExpenseStatus::submitted: return "Indsendt";
    case ExpenseStatus::approved: return "Godkendt";
    case ExpenseStatus::rejected: return "Afvist";
    }
    return to_string(status);
}

std::string danish_label(StatementStatus status) {
    switch (status) {
    case StatementStatus::open: return "Året er ikke afsluttet (foreløbig opgørelse med prognose)";
    case StatementStatus::draft: return "Kladde (ikke endelig)";
    case StatementStatus::final: return "Endelig";
    }
    return "";
}

std::string danish_label(ReconciliationOutcome outcome) {
    switch (outcome) {
    case ReconciliationOutcome::zero: return "Intet";
    case ReconciliationOutcome::repayment_claim: return "Tilbagebetalingskrav";
    case ReconciliationOutcome::top_up: return "Efterbetaling";
    case ReconciliationOutcome::top_up_not_paid: return "Ingen efterbetaling";
    }
    return to_string(outcome);
}

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

} // namespace hjt::reports
