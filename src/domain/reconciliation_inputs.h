// Each child's reconciliation input for a year, from the rows the store loads
// (store/reconciliation_rows.h): which children are reconciled, their planned
// months, how a family's hours are shared among them and which postings count
// as received are decided here, not in the store.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/reconciliation.h"

namespace hjt {

// What a year's reconciliation applies, the same for every child.
struct ReconciliationTerms {
    int year = 0;
    PayoutRates rates;                                       // the year's cap, holiday pay, on-cost
    HourPooling pooling = HourPooling::over_year;
    bool pay_top_ups = true;
    std::map<std::string, std::string> excluded_categories;  // category -> reason
    std::optional<Month> elapsed_through;                    // set while the year is open (forecast)
};

// The sum of a child's ledger postings of one kind (as stored) in the year.
struct PostingSum {
    Id child_id = 0;
    std::string kind;
    Money amount;
};

// The year's rows of the families in scope (one family, or all).
struct ReconciliationRows {
    std::vector<FamilyPayoutBasis> families;  // by id; family and children's plans only
    std::unordered_map<Id, std::vector<ExpenseBudget>> budgets;  // by grant version id
    // Each family's subsidisable minutes by month (1..12) of the day its shifts start.
    std::unordered_map<Id, std::array<long long, 13>> used_minutes;
    std::vector<PostingSum> postings;  // by child and kind, months concerned in the year
    std::unordered_map<Id, std::vector<ReconciliationExpense>> paid_expenses;  // by child: paid by approved runs
    std::set<Month> paid_months;  // of the year, paid by an approved (or paid) run
};

// One input per child that has a grant in force some day of the year, ordered
// by family then child. Used hours: the family's minutes of each month shared
// among its children (share_family_hours). Received: the postings of the kinds
// that count as received (domain/line_kinds.h).
std::vector<ChildReconciliationInput> reconciliation_inputs(ReconciliationRows rows, const ReconciliationTerms& terms);

} // namespace hjt
