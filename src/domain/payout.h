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
#include "domain/rates.h"
#include "domain/units.h"

namespace hjt {

// What a line pays for; everything that lists kinds iterates kAllLineKinds.
// Lost earnings (domain.md §8) pay the parent two lines: the gross benefit
// (the parent's ATP, AM-bidrag and A-skat are withheld from it and shown on the
// parent's own specification) and the pension. They are outside the year cap
// and the grant adjustments; a changed award corrects a paid month with a line
// of the same kind whose month_concerned is that month.
enum class LineKind { helper, fixed, expense, adjustment, lost_earnings, lost_earnings_pension };
inline constexpr LineKind kAllLineKinds[] = {LineKind::helper,     LineKind::fixed,         LineKind::expense,
                                             LineKind::adjustment, LineKind::lost_earnings, LineKind::lost_earnings_pension};

inline bool is_lost_earnings(LineKind k) { return k == LineKind::lost_earnings || k == LineKind::lost_earnings_pension; }

std::string to_string(LineKind k);
std::optional<LineKind> parse_line_kind(const std::string& text);

// One line per (family, child, kind, month concerned[, expense]).
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
};

enum class FlagCode {
    missing_bank_account,  // the family is left out of the run
    cap_reached,           // a line of the child was cut by the year cap
    turns_18,              // support ends this month (day before the 18th birthday)
    negative_total,        // the family's lines add up below zero: nothing is transferred
};

std::string to_string(FlagCode c);
std::optional<FlagCode> parse_flag_code(const std::string& text);

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
};

struct FamilyPayoutBasis {
    Family family;
    std::vector<ChildPlan> children;   // every child of the family
    std::vector<Expense> expenses;     // approved, not yet paid, dated up to the month's end
    std::vector<SettledLine> settled;  // the family's lines in approved runs of the year
    std::vector<LostEarningsAward> awards;  // lost-earnings awards for the family's children touching the year
};

struct PayoutBasis {
    Month month;
    PayoutRates rates;
    // The months of the same year already paid: from the year's first approved
    // run up to the month before. Each is recomputed with the current grant
    // versions and corrected by an adjustment line (a month missed by a run is
    // so caught up too).
    std::vector<Month> settled_months;
    std::vector<FamilyPayoutBasis> families;
};

struct PayoutResult {
    std::vector<PayoutLine> lines;  // grouped by family, then child
    std::vector<PayoutFlag> flags;
};

// A line as computed, before the year cap (amount == computed).
PayoutLine uncapped_line(Id family_id, Id child_id, LineKind kind, Month month_concerned, Money amount,
                         std::string description);

Money total_of(const std::vector<PayoutLine>& lines);

PayoutResult compute_payout(const PayoutBasis& basis);

} // namespace hjt
