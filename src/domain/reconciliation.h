// The annual reconciliation of one child's subsidy (domain.md §7): approved vs
// used helper hours month by month, eligible helper cost (pooled over the year
// or month by month), eligible expenses and fixed amounts, the year cap, what
// was received and the balance (repayment claim or top-up), with a forecast
// for a year still open. Pure: the store gathers a ChildReconciliationInput,
// reconcile_child decides; the statement (stmt) and finance overview read the
// ChildReconciliation. Choices are in src/domain/reconciliation.md.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/enum_texts.h"
#include "domain/exact.h"
#include "domain/payout.h"
#include "domain/units.h"

namespace hjt {

enum class HourPooling { over_year, month_by_month };

std::span<const EnumText<HourPooling>> codes(HourPooling);  // "over_year", "month_by_month"
inline std::optional<HourPooling> parse_hour_pooling(const std::string& text) { return parse_code<HourPooling>(text); }

// One calendar month of the child's year as the grants and shifts have it.
struct ReconciliationMonthInput {
    Month month;
    ExactHours approved_hours;           // Σ over versions in force: weekly × 52/12 × d/D
    ExactMoney hourly_cost{0, 1};        // per hour, exact; with two versions in the month the
                                         // mean weighted by their approved hours, so that
                                         // approved_hours × hourly_cost is the §4 helper line
    Hours used_hours;                    // subsidisable hours of shifts starting in the month
    Money fixed;                         // the month's fixed-amount line by the current versions
    bool paid = false;                   // an approved run has paid the month (forecast only)
};

// An approved expense paid by a run of the year (its line's month concerned
// lies in the year; see reconciliation.md).
struct ReconciliationExpense {
    Id expense_id = 0;
    Date date;
    std::string category;
    Money amount;
    std::string document_ref;
};

// The yearly budget per category of the grant (the latest version in force in the year).
struct CategoryBudget {
    std::string category;
    Money yearly_amount;
};

// What the approved runs paid for the child's year, per line kind: only the
// kinds that count as received (domain/line_kinds.h) are ever set; lost
// earnings are outside the reconciliation, and its own postings are no line kind.
struct ReceivedByKind {
    std::array<Money, kLineKindCount> amounts{};

    Money& operator[](LineKind k) { return amounts[index_of(k)]; }
    Money operator[](LineKind k) const { return amounts[index_of(k)]; }
    Money total() const;
};

struct ChildReconciliationInput {
    Id family_id = 0;
    Id child_id = 0;
    std::string child_name;
    int year = 0;
    std::vector<ReconciliationMonthInput> months;  // January..December, one each, in order
    std::vector<ReconciliationExpense> expenses;
    std::vector<CategoryBudget> budgets;
    std::map<std::string, std::string> excluded_categories;  // policy: category -> reason (Policy)
    Money year_cap;
    bool year_cap_estimated = false;
    bool rates_estimated = false;                  // holiday pay (or another rate used) was an estimate
    ReceivedByKind received;
    HourPooling pooling = HourPooling::over_year;
    bool pay_top_ups = true;
    // Set for a year still open: the last month that has ended. The forecast
    // extrapolates from January up to it. nullopt: the year is over, no forecast.
    std::optional<Month> elapsed_through;
};

struct ReconciliationMonthResult {
    Month month;
    Hours approved_hours;   // rounded for display; the money lines use the exact hours
    Hours used_hours;
    Money hourly_cost;      // rounded to øre (the months table's column)
    Money approved_cost;    // approved_hours × hourly_cost, one rounding (= the §4 helper line)
    Money used_cost;        // used_hours × hourly_cost, one rounding
    Money eligible_cost;    // min(used_cost, approved_cost): what month by month counts
    // The exact hourly cost in hundredths of øre (157,875 kr = 1 578 750), so a
    // reader can redo used hours × price; rounded there (half away from zero)
    // only when the exact cost has more decimals (a month's weighted mean).
    std::int64_t hourly_cost_ore100 = 0;
};

enum class ExpenseVerdict { eligible, not_covered_category, over_budget };

std::span<const EnumText<ExpenseVerdict>> codes(ExpenseVerdict);  // "eligible", ... (storage, JSON)
inline std::optional<ExpenseVerdict> parse_expense_verdict(const std::string& text) {
    return parse_code<ExpenseVerdict>(text);
}

struct ReconciledExpense {
    ReconciliationExpense expense;
    Money eligible;             // the whole amount, the part within budget, or 0
    ExpenseVerdict verdict = ExpenseVerdict::eligible;
    std::string reason;         // Danish, empty when eligible
};

enum class ReconciliationOutcome {
    zero,             // balance 0
    repayment_claim,  // received > eligible: the family repays the balance
    top_up,           // eligible > received: the municipality pays the difference
    top_up_not_paid,  // eligible > received, but the policy pays no top-ups
};

std::span<const EnumText<ReconciliationOutcome>> codes(ReconciliationOutcome);  // "zero", ... (storage, JSON)
inline std::optional<ReconciliationOutcome> parse_reconciliation_outcome(const std::string& text) {
    return parse_code<ReconciliationOutcome>(text);
}

// The expected year-end figures if the pace of hours so far continues: each
// remaining month uses approved_m × pace hours, pace = Σ used / Σ approved over
// the elapsed months (1 when no hours were approved yet); remaining months not
// yet paid are expected to be paid by the plan.
struct ReconciliationForecast {
    Month elapsed_through;
    Rate pace;                   // used / approved so far, rounded to basis points (display)
    Hours expected_used_hours;   // the year
    Money expected_eligible;
    Money expected_received;
    Money expected_balance;      // > 0: an underspend heading for a repayment claim
    // The year's used cost at that pace (Σ used_cost of the rows): the family
    // overview's "beyond the grant" (domain/budget_outlook.h), which computes
    // afresh. Not stored with a draft: 0 on one read back from the store.
    Money expected_used_cost{};
};

struct ChildReconciliation {
    Id family_id = 0;
    Id child_id = 0;
    std::string child_name;
    int year = 0;
    HourPooling pooling = HourPooling::over_year;
    std::vector<ReconciliationMonthResult> months;
    // The year's approved hours from the exact yearly total, rounded once
    // (20 h/week: 1.040,00, not 12 × 86,67 = 1.040,04), so hours × price can be
    // redone by hand. Sums of the month rows below.
    Hours approved_hours;
    Hours used_hours;
    Money approved_cost;
    Money used_cost;

    Money eligible_helper;    // pooled: min(Σ used_cost, Σ approved_cost); else Σ eligible_cost
    Money eligible_expenses;  // Σ ReconciledExpense::eligible
    Money eligible_fixed;     // Σ month fixed lines
    Money eligible_before_cap;
    Money year_cap;
    bool year_cap_estimated = false;
    bool capped = false;      // eligible was cut to the cap
    Money eligible;           // min(helper + expenses + fixed, cap)
    ReceivedByKind received;
    Money balance;            // received − eligible
    ReconciliationOutcome outcome = ReconciliationOutcome::zero;
    // What a final reconciliation posts to the family's ledger (positive: paid
    // to the family): −balance, or 0 for zero and top_up_not_paid.
    Money settlement;
    std::vector<ReconciledExpense> expenses;
    bool uses_estimates = false;  // the cap or a rate was an estimate: the statement says so
    std::optional<ReconciliationForecast> forecast;
};

ChildReconciliation reconcile_child(const ChildReconciliationInput& input);

// The twelve month inputs of a child's year from its grants (existing §4 code):
// approved hours, hourly cost and fixed line per month. used_hours and paid are
// left for the caller (the store) to fill.
std::vector<ReconciliationMonthInput> planned_months(const ChildPlan& plan, int year, const PayoutRates& rates);

// The expense budgets that apply to the year: those of the latest grant version
// in force during the year, per grant (summed per category across grants).
std::vector<CategoryBudget> year_budgets(const ChildPlan& plan, int year);

// Shifts name no child: a family's subsidisable hours of a month are shared
// among its children in proportion to their approved hours that month, by
// largest remainder so the shares add up to the whole (ties to the earlier
// child). With no approved hours at all, the first child gets them.
std::vector<Hours> share_family_hours(Hours total, const std::vector<ExactHours>& approved);

} // namespace hjt
