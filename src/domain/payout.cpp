#include "domain/payout.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "domain/danish_format.h"
#include "domain/payout_cap.h"
#include "domain/payout_entitlement.h"
#include "domain/payout_held.h"
#include "domain/payout_lost_earnings.h"
#include "domain/payout_payees.h"
#include "domain/payout_payroll_service.h"
#include "domain/payout_set_off.h"
#include "domain/payout_top_up.h"

namespace hjt {
namespace {

constexpr auto kFlagCodeCodes = enum_table<FlagCode>({{FlagCode::missing_bank_account, "missing_bank_account"},
                                                      {FlagCode::cap_reached, "cap_reached"},
                                                      {FlagCode::turns_18, "turns_18"},
                                                      {FlagCode::negative_total, "negative_total"},
                                                      {FlagCode::missing_parent_account, "missing_parent_account"},
                                                      {FlagCode::missing_normal_hours, "missing_normal_hours"},
                                                      {FlagCode::missing_pension_scheme, "missing_pension_scheme"},
                                                      {FlagCode::account_changed, "account_changed"},
                                                      {FlagCode::held_back_released, "held_back_released"},
                                                      {FlagCode::catch_up, "catch_up"},
                                                      {FlagCode::expense_over_budget, "expense_over_budget"},
                                                      {FlagCode::account_unconfirmed, "account_unconfirmed"},
                                                      {FlagCode::payroll_not_covered, "payroll_not_covered"},
                                                      {FlagCode::grant_without_hours, "grant_without_hours"}});
constexpr auto kPayeeCodes = enum_table<Payee>({{Payee::family, "family"},
                                                {Payee::parent, "parent"},
                                                {Payee::pension, "pension"},
                                                {Payee::tax_authority, "tax_authority"},
                                                {Payee::atp, "atp"},
                                                {Payee::holiday_fund, "holiday_fund"}});

bool lte(Date a, Date b) { return date::sys_days{a} <= date::sys_days{b}; }

// What a family's approved lines of the year say about one child.
struct ChildHistory {
    Money paid_this_year;                 // the kinds the cap counts: what it has already used
    std::map<Month, Money> reckoned;      // helper, fixed and adjustments before the cap, by month concerned
};

std::map<Id, ChildHistory> histories(const std::vector<SettledLine>& settled) {
    std::map<Id, ChildHistory> by_child;
    for (const auto& s : settled) {
        if (!rules_of(s.kind).counts_toward_year_cap) continue;  // nor in the grant adjustments
        auto& h = by_child[s.child_id];
        h.paid_this_year += s.amount;
        if (s.kind != LineKind::expense) h.reckoned[s.month_concerned] += s.computed;
    }
    return by_child;
}

// A paid month is never rewritten: the difference between what it is worth by
// the current grant versions and what it was reckoned at goes in a new line.
void add_adjustments(std::vector<PayoutLine>& out, const FamilyPayoutBasis& family, const ChildPlan& plan,
                     const ChildHistory& history, const PayoutBasis& basis) {
    for (Month m : basis.settled_months) {
        if (m.year() != basis.month.year() || m >= basis.month) continue;  // only the open year's past
        Money now = month_entitlement(family.family.id, plan, m, basis.rates).total();
        auto found = history.reckoned.find(m);
        Money before = found == history.reckoned.end() ? Money() : found->second;
        Money difference = now - before;
        if (difference == Money()) continue;
        out.push_back(uncapped_line(family.family.id, plan.child.id, LineKind::adjustment, m, difference,
                                    title_of(LineKind::adjustment) + " " + iso(m) + ": genberegnet " + format_kroner(now) +
                                        ", tidligere " + format_kroner(before)));
    }
}

// Approved expenses not yet paid, in date order. One approved beyond its
// category's budget is paid as approved and flagged, so finance sees the
// decider's reason before approving the run.
void add_expenses(std::vector<PayoutLine>& out, std::vector<PayoutFlag>& flags, const FamilyPayoutBasis& family,
                  const ChildPlan& plan, Month month) {
    std::vector<const Expense*> mine;
    for (const auto& e : family.expenses)
        if (e.child_id == plan.child.id && e.status == ExpenseStatus::approved && !e.paid_in_run &&
            lte(e.date, last_day(month)))
            mine.push_back(&e);
    std::sort(mine.begin(), mine.end(), [](const Expense* a, const Expense* b) {
        auto da = date::sys_days{a->date}, db = date::sys_days{b->date};
        return da != db ? da < db : a->id < b->id;
    });
    for (const Expense* e : mine) {
        PayoutLine line = uncapped_line(family.family.id, plan.child.id, LineKind::expense, month, e->amount,
                                        title_of(LineKind::expense) + " " + format_danish_date(e->date) + " " + e->category +
                                            (e->document_ref.empty() ? "" : " (bilag " + e->document_ref + ")"));
        line.expense_id = e->id;
        out.push_back(std::move(line));
        if (!e->over_budget_reason.empty())
            flags.push_back({family.family.id, plan.child.id, FlagCode::expense_over_budget,
                             "Udlæg " + format_kroner(e->amount) + " (" + e->category + ", " +
                                 format_danish_date(e->date) + ") er godkendt ud over budgettet af " + e->decided_by +
                                 ": " + e->over_budget_reason});
    }
}

std::optional<PayoutFlag> turns_18_flag(Id family_id, const ChildPlan& plan, Month month) {
    if (plan.grants.empty()) return std::nullopt;
    Date last_supported = support_end(plan.child.birth_date);
    if (month_of(last_supported) != month) return std::nullopt;
    Date birthday{date::sys_days{last_supported} + date::days{1}};
    return PayoutFlag{family_id, plan.child.id, FlagCode::turns_18,
                      plan.child.name + " fylder 18 år den " + format_danish_date(birthday) +
                          "; støtten ophører " + format_danish_date(last_supported)};
}

// Whether the version in force at the month's end pays fixed monthly amounts.
bool pays_fixed_amounts(const Grant& grant, Month month) {
    const GrantVersion* in_force = nullptr;
    for (const auto& v : grant.versions)
        if (date::sys_days{v.effective_from} <= date::sys_days{last_day(month)} &&
            (!in_force || date::sys_days{v.effective_from} > date::sys_days{in_force->effective_from}))
            in_force = &v;
    return in_force && !in_force->fixed_lines.empty();
}

// A child whose grant holds in the month but approves no hours in it (its
// first version starts later, or a version of 0 hours) gets no helper line:
// flagged, so the family stands on the run sheet with the reason and is never
// silently absent from the run (issue 19).
std::optional<PayoutFlag> grant_without_hours_flag(Id family_id, const ChildPlan& plan, Month month,
                                                   const std::optional<PayoutLine>& helper_line) {
    if (helper_line && helper_line->computed != Money()) return std::nullopt;
    const Period whole_month{first_day(month), last_day(month)};
    if (date::sys_days{support_end(plan.child.birth_date)} < date::sys_days{whole_month.from}) return std::nullopt;
    for (const Grant& g : plan.grants) {
        if (!intersect(g.valid, whole_month)) continue;
        std::optional<date::sys_days> first_version;
        for (const auto& v : g.versions)
            if (!first_version || date::sys_days{v.effective_from} < *first_version) first_version = v.effective_from;
        const bool starts_later = first_version && *first_version > date::sys_days{last_day(month)};
        if (pays_fixed_amounts(g, month)) continue;  // a grant of fixed amounts only: the family is in the run
        return PayoutFlag{family_id, plan.child.id, FlagCode::grant_without_hours,
                          "Bevilling " + g.decision_ref + " for " + plan.child.name + " gælder i " +
                              danish_month(month) + ", men giver ingen timer i måneden" +
                              (starts_later ? " (første version gælder fra " + format_danish_date(Date{*first_version}) + ")"
                                            : "") +
                              ": ingen a-conto for hjælpertimer; ret bevillingen, hvis det er forkert"};
    }
    return std::nullopt;
}

// The family's lines that pay months without an approved run late (asked for as catch-up).
std::optional<PayoutFlag> catch_up_flag(const FamilyPayoutBasis& family, const std::vector<PayoutLine>& lines,
                                        const PayoutBasis& basis) {
    CatchUpTotal late = catch_up_total(lines, basis.catch_up_months);
    if (late.lines == 0) return std::nullopt;
    std::string months;
    for (Month m : basis.catch_up_months) months += (months.empty() ? "" : ", ") + iso(m);
    return PayoutFlag{family.family.id, std::nullopt, FlagCode::catch_up,
                      "Efterbetaling for måneder uden godkendt kørsel (" + months + "): " +
                          std::to_string(late.lines) + (late.lines == 1 ? " linje, " : " linjer, ") +
                          format_kroner(late.total)};
}

// One family's lines, each child's cut by the cap. Lines that cannot be paid
// (no account) stay in the run held back and are owed (payout_held.h); the
// parents' lines go to the parents' and pension schemes' accounts whatever the family's.
void compute_family(const FamilyPayoutBasis& family, const PayoutBasis& basis, PayoutResult& result) {
    Id family_id = family.family.id;
    auto history = histories(family.settled);
    std::vector<const ChildPlan*> children;
    for (const auto& c : family.children) children.push_back(&c);
    std::sort(children.begin(), children.end(),
              [](const ChildPlan* a, const ChildPlan* b) { return a->child.id < b->child.id; });

    std::vector<PayoutLine> lines;
    std::vector<PayoutFlag> flags;         // the family's: cap, 18th birthday, negative month
    std::vector<PayoutFlag> parent_flags;  // the lost-earnings awards'
    for (const ChildPlan* plan : children) {
        std::size_t child_start = lines.size();
        const ChildHistory& h = history[plan->child.id];
        add_adjustments(lines, family, *plan, h, basis);
        auto now = month_entitlement(family_id, *plan, basis.month, basis.rates);
        if (auto flag = grant_without_hours_flag(family_id, *plan, basis.month, now.helper)) flags.push_back(std::move(*flag));
        if (now.helper) lines.push_back(std::move(*now.helper));
        if (now.fixed) lines.push_back(std::move(*now.fixed));
        add_expenses(lines, flags, family, *plan, basis.month);

        std::span<PayoutLine> child_lines(lines.data() + child_start, lines.size() - child_start);
        if (apply_year_cap(child_lines, h.paid_this_year, basis.rates))
            flags.push_back({family_id, plan->child.id, FlagCode::cap_reached,
                             "Årsloftet " + format_kroner(basis.rates.year_cap) +
                                 (basis.rates.year_cap_estimated ? " (anslået)" : "") + " for " +
                                 std::to_string(static_cast<int>(basis.month.year())) + " er nået for " +
                                 plan->child.name});
        add_lost_earnings(lines, parent_flags, family, *plan, basis);  // after the cap: not part of it
        if (auto flag = turns_18_flag(family_id, *plan, basis.month)) flags.push_back(std::move(*flag));
    }

    add_top_ups(lines, family);  // before holding back: a family without an account is owed it
    release_owed(lines, flags, family, basis);
    hold_unpayable(lines, flags, family, basis);
    add_payroll_service(lines, flags, family, basis);
    add_set_offs(lines, family, basis);  // after holding back: only money paid is set off
    Money a_conto = a_conto_total(lines);
    if (family.family.bank && a_conto < Money())
        flags.push_back({family_id, std::nullopt, FlagCode::negative_total,
                         "Månedens a-conto-linjer for " + family.family.name + " giver i alt " +
                             format_kroner(a_conto) + ": intet overføres, beløbet indgår i årsopgørelsen"});
    if (auto flag = catch_up_flag(family, lines, basis)) flags.push_back(std::move(*flag));
    std::move(parent_flags.begin(), parent_flags.end(), std::back_inserter(flags));

    auto payees = payees_of(lines, !flags.empty(), family, basis.default_pension, basis.payroll_service);
    auto changed = account_change_flags(payees, family.last_payees);
    std::move(lines.begin(), lines.end(), std::back_inserter(result.lines));
    std::move(flags.begin(), flags.end(), std::back_inserter(result.flags));
    std::move(changed.begin(), changed.end(), std::back_inserter(result.flags));
    std::move(payees.begin(), payees.end(), std::back_inserter(result.payees));
}

} // namespace

std::span<const EnumText<FlagCode>> codes(FlagCode) { return kFlagCodeCodes; }
std::span<const EnumText<Payee>> codes(Payee) { return kPayeeCodes; }

PayoutLine uncapped_line(Id family_id, Id child_id, LineKind kind, Month month_concerned, Money amount,
                         std::string description) {
    PayoutLine line;
    line.family_id = family_id;
    line.child_id = child_id;
    line.kind = kind;
    line.month_concerned = month_concerned;
    line.amount = amount;
    line.computed = amount;
    line.description = std::move(description);
    return line;
}

Money total_of(const std::vector<PayoutLine>& lines) {
    Money total;
    for (const auto& l : lines) total += l.amount;
    return total;
}

Money a_conto_total(const std::vector<PayoutLine>& lines) {
    Money total;
    for (const auto& l : lines)
        if (rules_of(l.kind).payee == Payee::family) total += l.amount;
    return total;
}

bool is_catch_up(const PayoutLine& line, const std::vector<Month>& catch_up_months) {
    return !line.released_line_id &&
           std::find(catch_up_months.begin(), catch_up_months.end(), line.month_concerned) != catch_up_months.end();
}

CatchUpTotal catch_up_total(const std::vector<PayoutLine>& lines, const std::vector<Month>& catch_up_months) {
    CatchUpTotal total;
    for (const auto& line : lines)
        if (is_catch_up(line, catch_up_months)) {
            ++total.lines;
            total.total += line.amount;
        }
    return total;
}

Money held_back_total(const std::vector<PayoutLine>& lines) {
    Money total;
    for (const auto& line : lines)
        if (!line.held_back.empty()) total += line.amount;
    return total;
}

PayoutResult compute_payout(const PayoutBasis& basis) {
    PayoutResult result;
    for (const auto& family : basis.families) compute_family(family, basis, result);
    return result;
}

} // namespace hjt
