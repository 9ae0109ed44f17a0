#include "domain/entities.h"

namespace hjt {

std::string to_string(ExpenseStatus s) {
    switch (s) {
    case ExpenseStatus::submitted: return "submitted";
    case ExpenseStatus::approved: return "approved";
    case ExpenseStatus::rejected: return "rejected";
    }
    return "submitted";
}

std::optional<ExpenseStatus> parse_expense_status(const std::string& text) {
    if (text == "submitted") return ExpenseStatus::submitted;
    if (text == "approved") return ExpenseStatus::approved;
    if (text == "rejected") return ExpenseStatus::rejected;
    return std::nullopt;
}

} // namespace hjt
