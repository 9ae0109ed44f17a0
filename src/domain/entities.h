// The register: plain data as the domain sees it (domain.md §2). Ids are the
// store's; 0 means "not stored yet".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/award_purpose.h"
#include "domain/calendar.h"
#include "domain/enum_texts.h"
#include "domain/units.h"

namespace hjt {

using Id = std::int64_t;

struct BankAccount {
    std::string reg_no;      // 4 digits
    std::string account_no;  // up to 10 digits
};

struct Family {
    Id id = 0;
    std::string name;
    std::string cvr;
    std::optional<BankAccount> bank;  // missing: flagged and excluded from payouts
    std::string contact_email;
    std::string contact_phone;
    std::string status = "active";
    // Four eyes on where money goes: an account set or changed in the register
    // is under verification ("til kontrol") until a finance user other than the
    // one who set it confirms it; payout runs hold back its lines meanwhile
    // (domain/payout_payees.h). The user who set it; empty: confirmed (or no account).
    std::string bank_unconfirmed_by;
};

struct Child {
    Id id = 0;
    Id family_id = 0;
    std::string name;
    std::string cpr;
    Date birth_date;
};

struct TaxCard {
    Rate withholding;        // trækprocent
    Money monthly_deduction; // månedsfradrag
};

struct Helper {
    Id id = 0;
    Id family_id = 0;
    std::string name;
    std::string cpr;
    Period employment;
    Money hourly_wage;
    TaxCard tax_card;
};

struct FixedLine {
    std::string purpose;
    Money monthly_amount;
};

struct ExpenseBudget {
    std::string category;
    Money yearly_amount;
};

// A version of a grant takes effect on its date and holds until the next
// version's date (or the grant's end). Versions are added, never edited.
// A subsidisable window for helper hours: clock times (minutes after
// midnight, Europe/Copenhagen) and whether Saturdays and Sundays count.
// Public holidays never do.
struct PayWindow {
    int start_minute = 7 * 60;
    int end_minute = 16 * 60;
    bool weekends = false;

    bool operator==(const PayWindow&) const = default;
};

struct GrantVersion {
    Id id = 0;
    Id grant_id = 0;
    Date effective_from;
    Hours weekly_hours;
    Money hourly_wage;
    std::vector<FixedLine> fixed_lines;
    std::vector<ExpenseBudget> expense_budgets;
    std::string note;
    std::string created_at;  // ISO timestamp: a retroactive version is seen by when it was made
    // The window is municipal policy, not law (domain.md §9): after a concrete
    // assessment a version may widen it for its child (evenings, weekends).
    // nullopt: the policy's window.
    std::optional<PayWindow> window;
};

struct Grant {
    Id id = 0;
    Id child_id = 0;
    std::string decision_ref;
    Date decision_date;
    Period valid;
    std::vector<GrantVersion> versions;  // ordered by effective_from
};

enum class ExpenseStatus { submitted, approved, rejected };

struct Expense {
    Id id = 0;
    Id family_id = 0;
    Id child_id = 0;
    Date date;
    std::string category;
    Money amount;
    std::string document_ref;
    ExpenseStatus status = ExpenseStatus::submitted;
    std::string reject_reason;
    std::optional<Id> paid_in_run;
    // Four eyes: who submitted it, and who approved or rejected it (another user).
    std::string submitted_by;
    std::string decided_by;
    // Approved beyond what was left of the category's yearly budget: the
    // decider's reason (required then); not empty means the payout run flags
    // it for finance. The budget stays the grant's: the year's reconciliation
    // counts the part beyond it only if a new grant version raises the budget.
    std::string over_budget_reason;
};

// Where a lost-earnings award's pension line is paid: the parent's pension scheme.
struct PensionPayee {
    std::string name;
    BankAccount account;
};

struct LostEarningsAward {
    Id id = 0;
    Id child_id = 0;
    std::string parent_name;
    std::string parent_cpr;
    Period period;
    Money monthly_income_before;
    Hours hours_off_per_week;
    // The parent's own normal weekly hours before the award (§ 87, stk. 3):
    // f = hours off / these. Required on every new award; none on an award
    // stored before they were (migration 6 could not tell a given 37 from the
    // old default): such an award is flagged and held, never paid on 37.
    std::optional<Hours> normal_weekly_hours;
    Rate former_employer_pension;
    Money monthly_saved_costs;
    AwardPurpose purpose = AwardPurpose::home_training;
    TaxCard tax_card;
    // The net benefit is the parent's wage, paid to the parent's own account;
    // without one the benefit is flagged and held back, never paid to the family.
    std::optional<BankAccount> parent_bank;
    // None: the municipality's default pension payee (config/payment.properties).
    std::optional<PensionPayee> pension_payee;
    // Days on which the parent draws holiday pay from a former employer: no
    // benefit for them (bekendtgørelse § 13). Closed periods, not overlapping.
    std::vector<Period> holiday_periods;
    // Under verification like Family::bank_unconfirmed_by: the parent's
    // account and the pension scheme's, each until confirmed (empty: confirmed).
    std::string parent_bank_unconfirmed_by;
    std::string pension_unconfirmed_by;
};

std::span<const EnumText<ExpenseStatus>> codes(ExpenseStatus);  // "submitted", "approved", "rejected"
inline std::optional<ExpenseStatus> parse_expense_status(const std::string& text) {
    return parse_code<ExpenseStatus>(text);
}

} // namespace hjt
