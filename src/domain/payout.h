// The monthly a-conto payout (domain.md §4): from the register, this year's
// approved lines and the year's rates to the lines and flags of one month's
// run. Pure: the store loads a PayoutBasis, compute_payout decides, the store
// writes the result.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/enum_texts.h"
#include "domain/line_kinds.h"
#include "domain/lost_earnings.h"
#include "domain/payroll_dues.h"
#include "domain/rates.h"
#include "domain/units.h"

namespace hjt {

// What the municipality keeps back from a lost-earnings benefit: as the
// parent's employer, what it reports and pays to Skattestyrelsen (eIndkomst)
// instead of the parent; and the parent's saved costs, which come off the net
// after tax (domain.md §8) and are paid to no one.
struct Withholding {
    Money atp;        // the employee's ATP share
    Money am_bidrag;
    Money a_skat;
    Money saved_costs{};  // the parents' saved costs, kept back from the net (domain.md §8); often none
    Money for_skattestyrelsen() const { return atp + am_bidrag + a_skat; }
    // Everything kept back: the parent is paid the gross less this.
    Money total() const { return for_skattestyrelsen() + saved_costs; }
    friend Withholding operator-(const Withholding& a, const Withholding& b) {
        return {a.atp - b.atp, a.am_bidrag - b.am_bidrag, a.a_skat - b.a_skat, a.saved_costs - b.saved_costs};
    }
    Withholding& operator+=(const Withholding& o) {
        atp += o.atp;
        am_bidrag += o.am_bidrag;
        a_skat += o.a_skat;
        saved_costs += o.saved_costs;
        return *this;
    }
    bool operator==(const Withholding&) const = default;
};

// One line per (family, child, kind, month concerned[, expense][, award]).
struct PayoutLine {
    Id family_id = 0;
    Id child_id = 0;
    LineKind kind = LineKind::helper;
    Month month_concerned;          // the run's month, or the earlier month an adjustment corrects
    std::optional<Id> expense_id;   // set on expense lines only
    Money amount;                   // what is paid: after the year cap
    Money computed;                 // before the year cap
    bool capped = false;            // cut by the year cap
    std::string description;        // Danish, for the run sheet and the ledger
    std::optional<Id> award_id;     // set on lost-earnings lines only
    Withholding withheld;           // lost_earnings lines only: paid = amount − withheld.total()
    // Why the line cannot be paid ("" when it can): held back, it stays in the
    // run and is owed to the family until a later run pays it (domain/payout_held.h).
    std::string held_back;
    // A line paying an earlier run's held-back line: that line's id and its run's month.
    std::optional<Id> released_line_id;
    std::optional<Month> released_from;
};

enum class FlagCode {
    missing_bank_account,  // the family has no account: its a-conto lines are held back
    cap_reached,           // a line of the child was cut by the year cap
    turns_18,              // support ends this month (day before the 18th birthday)
    negative_total,        // the family's lines add up below zero: nothing is transferred
    missing_parent_account,  // an award's parent has no account: its benefit and pension are held back
    missing_normal_hours,    // an award lacks the parent's normal weekly hours: all its lines are held
    missing_pension_scheme,  // an award has no pension scheme and there is no default: its pension is held back
    account_changed,         // a payee's account differs from the one of its last approved run
    held_back_released,      // lines held back in an earlier run are paid by this one
    catch_up,                // lines for months of the year that have no approved run
    expense_over_budget,     // an expense paid was approved beyond its category's budget (with a reason)
    account_unconfirmed,     // a payee's account is under verification (til kontrol): its lines are held back
    payroll_not_covered,     // payroll service: the month's a-conto does not cover the family's dues; it pays them itself
    grant_without_hours,     // a grant holds in the month but approves no hours in it: no helper line for the child
};

std::span<const EnumText<FlagCode>> codes(FlagCode);  // "missing_bank_account", ...
inline std::optional<FlagCode> parse_flag_code(const std::string& text) { return parse_code<FlagCode>(text); }

struct PayoutFlag {
    Id family_id = 0;
    std::optional<Id> child_id;
    FlagCode code = FlagCode::cap_reached;
    std::string message;  // Danish; names the child, never its CPR number
};

// The year's figures a run applies (all lines of a run fall in one year).
struct PayoutRates {
    Money year_cap;                   // home-training cap per child per calendar year
    bool year_cap_estimated = false;  // said on every line the cap cuts
    Rate holiday_pay;
    Money oncost_per_hour;            // policy: employer ATP, insurance and similar
    YearRates year = {};              // the year's table: lost-earnings cap, ATP, AM-bidrag
    LostEarningsTerms lost_earnings = {};  // every year's satsreguleringsprocent, the holiday supplement policy
};

std::span<const EnumText<Payee>> codes(Payee);  // "family", "parent", "pension"
inline std::optional<Payee> parse_payee(const std::string& text) { return parse_code<Payee>(text); }

// A payee as the run records it when prepared: approval approves it and the
// bank files are written from it, never from the register as it is later.
// One per (family, payee, award) of the run; every family of the run has its
// family payee (its name heads the family's row of the run sheet).
struct RunPayee {
    Payee payee = Payee::family;
    Id family_id = 0;
    std::optional<Id> award_id;          // parent and pension payees
    std::string name;                    // the family, the parent or the pension scheme
    std::string cvr;                     // the family's; empty for the others (a bank file carries no CPR number)
    std::optional<BankAccount> account;  // none: the payee's lines are held back
    std::string parent_name;             // parent and pension payees: the award's parent
};

// A held-back line of an approved run that no approved run has paid yet.
struct OwedLine {
    Id line_id = 0;
    Month run_month;  // the run that held it back
    PayoutLine line;
};

struct ChildPlan {
    Child child;
    std::vector<Grant> grants;  // with their versions, any order
};

// A line of an approved run earlier in the same year.
struct SettledLine {
    Id child_id = 0;
    LineKind kind = LineKind::helper;
    Month month_concerned;
    Money amount;    // paid
    Money computed;  // before the cap: what the month was then reckoned to be worth
    std::optional<Id> award_id;  // lost-earnings lines: the award
    Withholding withheld;        // lost_earnings lines: what was withheld from it
};

// The payroll service's payees, from config/payment.properties.
struct ServicePayee {
    std::string name;
    BankAccount account;
};
struct PayrollServicePayees {
    ServicePayee tax_authority;  // Skattestyrelsen
    ServicePayee atp;
    ServicePayee holiday_fund;   // FerieKonto
};

// A repayment claim a run may set off against the family's a-conto (issue 21):
// what is open of it less set-offs already approved and not yet settled.
struct SetOffClaim {
    Id claim_id = 0;
    Id child_id = 0;
    Money open;
};

// A top-up a final reconciliation owes the family for a child's year (issue
// 21), not yet in an approved run: the next run pays it as its own line.
struct TopUpDue {
    Id child_id = 0;
    int year = 0;
    Money amount;
};

struct FamilyPayoutBasis {
    Family family;
    std::vector<ChildPlan> children{};                // every child of the family
    std::vector<Expense> expenses{};                  // approved, not yet paid, dated up to the month's end
    std::vector<SettledLine> settled{};               // the family's lines in approved runs of the year
    std::vector<LostEarningsAward> awards{};          // lost-earnings awards for the family's children touching the year
    std::vector<OwedLine> owed{};                     // held back in approved runs, not yet paid
    std::vector<RunPayee> last_payees{};              // the family's payees as its last approved run recorded them
    std::optional<FamilyPayrollDues> payroll_dues{};  // payroll service on: the month before's dues
    std::vector<SetOffClaim> claims{};                // open claims to set off, oldest first
    std::vector<TopUpDue> top_ups{};                  // top-ups of final reconciliations no approved run has taken
};

struct PayoutBasis {
    Month month;
    PayoutRates rates;
    // The months of the same year already paid: from the year's first approved
    // run up to the month before. Each is recomputed with the current grant
    // versions and corrected by an adjustment line (a month missed by a run is
    // so caught up too).
    std::vector<Month> settled_months;
    // Months of the year before `month` without an approved run, which the
    // adjustments above pay late: only when catch-up was asked for (app/payout_service).
    std::vector<Month> catch_up_months;
    // Pays the pension of an award without a scheme of its own (config/payment.properties).
    std::optional<PensionPayee> default_pension;
    // Set when the policy turns the payroll service on (each family then has its payroll_dues).
    std::optional<PayrollServicePayees> payroll_service;
    // Policy claims.setoff_max_share_bp: at most this share of a family's
    // a-conto paid in the month is set off against its open claims.
    Rate setoff_share;
    std::vector<FamilyPayoutBasis> families;
};

struct PayoutResult {
    std::vector<PayoutLine> lines;  // grouped by family, then child
    std::vector<PayoutFlag> flags;
    std::vector<RunPayee> payees;   // grouped by family
};

// A line as computed, before the year cap (amount == computed).
PayoutLine uncapped_line(Id family_id, Id child_id, LineKind kind, Month month_concerned, Money amount,
                         std::string description);

Money total_of(const std::vector<PayoutLine>& lines);
// The a-conto kinds only (not lost earnings): what the family's business account receives.
Money a_conto_total(const std::vector<PayoutLine>& lines);

// The lines that pay months without an approved run late, for the approver.
struct CatchUpTotal {
    long long lines = 0;
    Money total;
};
bool is_catch_up(const PayoutLine& line, const std::vector<Month>& catch_up_months);
CatchUpTotal catch_up_total(const std::vector<PayoutLine>& lines, const std::vector<Month>& catch_up_months);
// What the run holds back: the sum of its held-back lines.
Money held_back_total(const std::vector<PayoutLine>& lines);

PayoutResult compute_payout(const PayoutBasis& basis);

} // namespace hjt
