#include "domain/entities.h"

namespace hjt {
namespace {

constexpr auto kExpenseStatusCodes = enum_table<ExpenseStatus>(
    {{ExpenseStatus::submitted, "submitted"}, {ExpenseStatus::approved, "approved"}, {ExpenseStatus::rejected, "rejected"}});

} // namespace

std::span<const EnumText<ExpenseStatus>> codes(ExpenseStatus) { return kExpenseStatusCodes; }

} // namespace hjt
