#include "domain/reconciliation.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/danish_format.h"
#include "domain/payout_entitlement.h"
#include "domain/policy.h"

namespace hjt {
namespace {

// Every month's approved hours are a fraction over 12 × D (D = 28..31), so
// they add up over 12 × lcm(28, 29, 30, 31) without reducing.
constexpr std::int64_t kAnyMonthDays = 377580;

__int128 over_any_month(ExactHours h) {
    return static_cast<__int128>(h.hundredths_numerator) * (12 * kAnyMonthDays) / h.denominator;
}

bool is_zero(ExactHours h) { return h.hundredths_numerator == 0; }

// A month row from its plan and the hours it is taken to use (real or expected).
ReconciliationMonthResult month_row(const ReconciliationMonthInput& in, WideHours used) {
    ReconciliationMonthResult row;
    row.month = in.month;
    row.approved_hours = in.approved_hours.rounded();
    row.used_hours = used.rounded();
    row.hourly_cost = in.hourly_cost.rounded();
    row.hourly_cost_ore100 = (in.hourly_cost * Hours::whole(100)).rounded().ore();
    row.approved_cost = cost_of(WideHours::of(in.approved_hours), in.hourly_cost).rounded();
    row.used_cost = cost_of(used, in.hourly_cost).rounded();
    row.eligible_cost = std::min(row.used_cost, row.approved_cost);
    return row;
}

// eligible_helper of §7 from rounded month lines, so the statement adds up:
// pooled min(Σ used, Σ approved), month by month Σ min(used_m, approved_m).
Money eligible_helper(const std::vector<ReconciliationMonthResult>& rows, HourPooling pooling) {
    Money used, approved, month_by_month;
    for (const auto& r : rows) {
        used += r.used_cost;
        approved += r.approved_cost;
        month_by_month += r.eligible_cost;
    }
    return pooling == HourPooling::over_year ? std::min(used, approved) : month_by_month;
}

std::vector<ReconciledExpense> reconcile_expenses(const ChildReconciliationInput& in) {
    std::vector<ReconciledExpense> out;
    for (const auto& e : in.expenses) out.push_back({e, e.amount, ExpenseVerdict::eligible, ""});
    std::stable_sort(out.begin(), out.end(), [](const ReconciledExpense& a, const ReconciledExpense& b) {
        auto da = date::sys_days{a.expense.date}, db = date::sys_days{b.expense.date};
        return da != db ? da < db : a.expense.expense_id < b.expense.expense_id;
    });
    // A category with a budget in the grant is limited to it, in date order;
    // one without is limited only by the approval (see reconciliation.md).
    std::map<std::string, Money> remaining;
    for (const auto& b : in.budgets) remaining[b.category] += b.yearly_amount;
    for (auto& r : out) {
        const std::string& category = r.expense.category;
        if (auto reason = expense_exclusion(in.excluded_categories, category)) {
            r.eligible = Money();
            r.verdict = ExpenseVerdict::not_covered_category;
            r.reason = *reason;
            continue;
        }
        auto budget = remaining.find(category);
        if (budget == remaining.end() || r.expense.amount <= budget->second) {
            if (budget != remaining.end()) budget->second -= r.expense.amount;
            continue;
        }
        r.eligible = std::max(budget->second, Money());
        budget->second = Money();
        r.verdict = ExpenseVerdict::over_budget;
        r.reason = "Ud over årets budget for '" + category + "': " + format_kroner(r.eligible) + " af " +
                   format_kroner(r.expense.amount) + " er støtteberettiget";
    }
    return out;
}

Money sum_eligible(const std::vector<ReconciledExpense>& expenses) {
    Money total;
    for (const auto& e : expenses) total += e.eligible;
    return total;
}

struct Settlement {
    ReconciliationOutcome outcome;
    Money posting;
};

Settlement settle(Money balance, bool pay_top_ups) {
    if (balance > Money()) return {ReconciliationOutcome::repayment_claim, -balance};
    if (balance < Money())
        return pay_top_ups ? Settlement{ReconciliationOutcome::top_up, -balance}
                           : Settlement{ReconciliationOutcome::top_up_not_paid, Money()};
    return {ReconciliationOutcome::zero, Money()};
}

// The pace of the elapsed months: Σ used / Σ approved (1 when nothing was approved yet).
struct Pace {
    __int128 numerator = 1;
    __int128 denominator = 1;
};

Pace pace_until(const std::vector<ReconciliationMonthInput>& months, Month through) {
    __int128 used = 0, approved = 0;
    for (const auto& m : months) {
        if (m.month > through) break;
        used += m.used_hours.hundredths();
        approved += over_any_month(m.approved_hours);
    }
    if (approved == 0) return {};
    return {used * 12 * kAnyMonthDays, approved};
}

ReconciliationForecast forecast(const ChildReconciliationInput& in, Money eligible_other, Money cap) {
    Month through = *in.elapsed_through;
    Pace pace = pace_until(in.months, through);
    ReconciliationForecast f;
    f.elapsed_through = through;
    f.pace = Rate::basis_points(divide_rounding_half_away(pace.numerator * 10000, pace.denominator));
    std::vector<ReconciliationMonthResult> rows;
    Money unpaid;
    for (const auto& m : in.months) {
        WideHours used = WideHours::of(m.used_hours);
        if (m.month > through) {
            WideHours planned = WideHours::of(m.approved_hours);
            used = {planned.numerator * pace.numerator, planned.denominator * pace.denominator};
        }
        rows.push_back(month_row(m, used));
        f.expected_used_hours += rows.back().used_hours;
        f.expected_used_cost += rows.back().used_cost;
        if (!m.paid) unpaid += rows.back().approved_cost + m.fixed;
    }
    f.expected_eligible = std::min(eligible_helper(rows, in.pooling) + eligible_other, cap);
    // The monthly runs never pay beyond the cap.
    Money received = in.received.total();
    f.expected_received = std::max(received, std::min(received + unpaid, cap));
    f.expected_balance = f.expected_received - f.expected_eligible;
    return f;
}

} // namespace

Money ReceivedByKind::total() const {
    Money sum;
    for (Money m : amounts) sum += m;
    return sum;
}


ChildReconciliation reconcile_child(const ChildReconciliationInput& in) {
    ChildReconciliation r;
    r.family_id = in.family_id;
    r.child_id = in.child_id;
    r.child_name = in.child_name;
    r.year = in.year;
    r.pooling = in.pooling;
    __int128 approved_over_any_month = 0;
    for (const auto& m : in.months) {
        r.months.push_back(month_row(m, WideHours::of(m.used_hours)));
        const auto& row = r.months.back();
        approved_over_any_month += over_any_month(m.approved_hours);
        r.used_hours += row.used_hours;
        r.approved_cost += row.approved_cost;
        r.used_cost += row.used_cost;
        r.eligible_fixed += m.fixed;
    }
    r.approved_hours = WideHours{approved_over_any_month, 12 * kAnyMonthDays}.rounded();
    r.eligible_helper = eligible_helper(r.months, in.pooling);
    r.expenses = reconcile_expenses(in);
    r.eligible_expenses = sum_eligible(r.expenses);
    r.eligible_before_cap = r.eligible_helper + r.eligible_expenses + r.eligible_fixed;
    r.year_cap = in.year_cap;
    r.year_cap_estimated = in.year_cap_estimated;
    r.capped = r.eligible_before_cap > in.year_cap;
    r.eligible = std::min(r.eligible_before_cap, in.year_cap);
    r.received = in.received;
    r.balance = in.received.total() - r.eligible;
    Settlement s = settle(r.balance, in.pay_top_ups);
    r.outcome = s.outcome;
    r.settlement = s.posting;
    r.uses_estimates = in.year_cap_estimated || in.rates_estimated;
    if (in.elapsed_through) r.forecast = forecast(in, r.eligible_expenses + r.eligible_fixed, in.year_cap);
    return r;
}

std::vector<ReconciliationMonthInput> planned_months(const ChildPlan& plan, int year, const PayoutRates& rates) {
    std::vector<ReconciliationMonthInput> months;
    for (unsigned m = 1; m <= 12; ++m) {
        ReconciliationMonthInput in;
        in.month = Month{date::year{year}, date::month{m}};
        auto covered = covered_versions(plan, in.month);
        // All versions of a month share its D (covered_fraction's denominator),
        // so the month's hours are one fraction over 12 × D.
        std::int64_t over = 12 * static_cast<std::int64_t>(days_in_month(in.month));
        std::int64_t hours_numerator = 0;
        ExactMoney cost(0, 1);
        for (const auto& c : covered) {
            hours_numerator += approved_hours(c).hundredths_numerator;  // over 12 × D, as `over`
            cost = cost + helper_cost(c, rates);
        }
        in.approved_hours = {hours_numerator, over};
        if (!is_zero(in.approved_hours))
            // The mean of the versions weighted by their hours: cost / hours, hours in hundredths.
            in.hourly_cost = ExactMoney(cost.numerator() * over * 100, cost.denominator() * hours_numerator);
        else if (!covered.empty())
            in.hourly_cost = hourly_cost(*covered.back().version, rates);
        // The fixed line as the payout computes it; most months have none to compute.
        bool any_fixed = std::any_of(covered.begin(), covered.end(),
                                     [](const CoveredVersion& c) { return !c.version->fixed_lines.empty(); });
        if (any_fixed) in.fixed = month_entitlement(plan.child.family_id, plan, in.month, rates).fixed->amount;
        months.push_back(in);
    }
    return months;
}

std::vector<CategoryBudget> year_budgets(const ChildPlan& plan, int year) {
    std::set<const GrantVersion*> in_force;
    for (unsigned m = 1; m <= 12; ++m)
        for (const auto& c : covered_versions(plan, Month{date::year{year}, date::month{m}})) in_force.insert(c.version);
    // Per grant, the latest decision that applies to the year.
    std::vector<const GrantVersion*> latest;
    for (const auto& grant : plan.grants) {
        const GrantVersion* best = nullptr;
        for (const auto& v : grant.versions)
            if (in_force.count(&v) && (!best || date::sys_days{v.effective_from} > date::sys_days{best->effective_from}))
                best = &v;
        if (best) latest.push_back(best);
    }
    std::map<std::string, Money> by_category;
    for (const GrantVersion* version : latest)
        for (const auto& b : version->expense_budgets) by_category[b.category] += b.yearly_amount;
    std::vector<CategoryBudget> out;
    for (const auto& [category, amount] : by_category) out.push_back({category, amount});
    return out;
}

std::vector<Hours> share_family_hours(Hours total, const std::vector<ExactHours>& approved) {
    std::vector<Hours> shares(approved.size());
    if (approved.empty()) return shares;
    std::vector<__int128> weights;
    __int128 sum = 0;
    for (const auto& a : approved) sum += weights.emplace_back(over_any_month(a));
    if (sum == 0) {
        shares.front() = total;
        return shares;
    }
    std::vector<std::pair<__int128, std::size_t>> remainders;  // (remainder, child) for the leftover hundredths
    std::int64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        __int128 exact = static_cast<__int128>(total.hundredths()) * weights[i];
        shares[i] = Hours::hundredths(static_cast<std::int64_t>(exact / sum));
        given += shares[i].hundredths();
        remainders.push_back({exact % sum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total.hundredths(); ++k, ++given)
        shares[remainders[k].second] += Hours::hundredths(1);
    return shares;
}

} // namespace hjt
