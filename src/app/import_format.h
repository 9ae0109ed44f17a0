// The import folder's files and their columns (documented for municipalities
// in sample-data/README.md). The importer checks headers against these lists
// and the generator writes its headers from them, so the two cannot drift.
#pragma once

#include <string>
#include <vector>

namespace hjt::app::import_format {

struct FileSpec {
    std::string file;
    std::vector<std::string> required;  // columns the header must have
    std::vector<std::string> optional;  // columns the header may have

    // Every column, required first: the header the generator writes.
    std::vector<std::string> columns() const {
        std::vector<std::string> all = required;
        all.insert(all.end(), optional.begin(), optional.end());
        return all;
    }
};

inline const FileSpec families{"families.csv", {"key", "name", "cvr", "bank_reg", "bank_account", "email", "phone"}, {}};
inline const FileSpec children{"children.csv", {"key", "family", "name", "cpr", "birth_date"}, {}};
inline const FileSpec helpers{"helpers.csv",
                              {"key", "family", "name", "cpr", "employed_from", "employed_to", "hourly_wage",
                               "tax_rate", "monthly_deduction"},
                              {}};
inline const FileSpec grants{"grants.csv", {"key", "child", "decision_ref", "decision_date", "valid_from", "valid_to"},
                             {}};
inline const FileSpec grant_versions{"grant_versions.csv",
                                     {"grant", "effective_from", "weekly_hours", "hourly_wage"},
                                     {"note", "window_start", "window_end", "window_weekends"}};
inline const FileSpec grant_fixed_lines{"grant_fixed_lines.csv",
                                        {"grant", "effective_from", "purpose", "monthly_amount"}, {}};
inline const FileSpec expense_budgets{"expense_budgets.csv", {"grant", "effective_from", "category", "yearly_amount"},
                                      {}};
inline const FileSpec expenses{"expenses.csv", {"child", "date", "category", "amount", "document_ref", "status"},
                               {"reject_reason", "over_budget_reason"}};
inline const FileSpec lost_earnings{"lost_earnings.csv",
                                    {"child", "parent_name", "parent_cpr", "from", "to", "income_before",
                                     "hours_off_per_week", "normal_hours", "pension_rate", "saved_costs", "purpose",
                                     "tax_rate", "monthly_deduction"},
                                    {"parent_bank_reg", "parent_bank_account", "pension_name", "pension_bank_reg",
                                     "pension_bank_account", "holidays"}};
inline const FileSpec users{"users.csv", {"username", "role", "password"}, {"family"}};
// Written by `hjt generate --shifts`; read by the shift import (tests/shifts' area).
inline const FileSpec shifts{"shifts.csv", {"helper", "date", "start", "end"}, {}};

// The shift file's column names: English (what `hjt generate` writes) or
// Danish (what families type, and the header of the CSV template the web page
// offers). app/shift_file.cpp reads either by these names; nowhere else names them.
struct ShiftColumns {
    std::string helper, date, start, end, hours, kind;
    std::vector<std::string> required() const { return {helper, date, start, end}; }
    std::vector<std::string> optional() const { return {hours, kind}; }
};
inline const ShiftColumns shift_columns_english{"helper", "date", "start", "end", "hours", "kind"};
inline const ShiftColumns shift_columns_danish{"hjælper", "dato", "start", "slut", "timer", "art"};

} // namespace hjt::app::import_format
