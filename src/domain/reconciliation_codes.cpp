// The stable codes of the reconciliation's enums (domain/enum_texts.h).
#include "domain/reconciliation.h"

namespace hjt {
namespace {

constexpr auto kHourPoolingCodes =
    enum_table<HourPooling>({{HourPooling::over_year, "over_year"}, {HourPooling::month_by_month, "month_by_month"}});
constexpr auto kExpenseVerdictCodes = enum_table<ExpenseVerdict>({{ExpenseVerdict::eligible, "eligible"},
                                                                  {ExpenseVerdict::not_covered_category, "not_covered_category"},
                                                                  {ExpenseVerdict::over_budget, "over_budget"}});
constexpr auto kOutcomeCodes = enum_table<ReconciliationOutcome>({{ReconciliationOutcome::zero, "zero"},
                                                                  {ReconciliationOutcome::repayment_claim, "repayment_claim"},
                                                                  {ReconciliationOutcome::top_up, "top_up"},
                                                                  {ReconciliationOutcome::top_up_not_paid, "top_up_not_paid"}});

} // namespace

std::span<const EnumText<HourPooling>> codes(HourPooling) { return kHourPoolingCodes; }
std::span<const EnumText<ExpenseVerdict>> codes(ExpenseVerdict) { return kExpenseVerdictCodes; }
std::span<const EnumText<ReconciliationOutcome>> codes(ReconciliationOutcome) { return kOutcomeCodes; }

} // namespace hjt
