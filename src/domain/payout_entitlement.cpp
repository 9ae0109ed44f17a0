#include "domain/payout_entitlement.h"

#include <algorithm>

#include "domain/danish_format.h"

namespace hjt {
namespace {

std::string days_text(Fraction days) {
    return std::to_string(days.numerator) + "/" + std::to_string(days.denominator) + " dage";
}

PayoutLine make_line(Id family_id, const ChildPlan& plan, LineKind kind, Month month, ExactMoney exact,
                     std::string description) {
    // The one rounding of the line.
    return uncapped_line(family_id, plan.child.id, kind, month, exact.rounded(), std::move(description));
}

// helper_line = Σ helper_cost over the versions of the month, summed exactly.
std::optional<PayoutLine> helper_line(Id family_id, const ChildPlan& plan, Month month,
                                      const std::vector<CoveredVersion>& covered, const PayoutRates& rates) {
    ExactMoney total(0, 1);
    std::string parts;
    bool any = false;
    for (const auto& c : covered) {
        if (c.version->weekly_hours.hundredths() == 0) continue;
        total = total + helper_cost(c, rates);
        parts += std::string(any ? "; " : "") + format_hours(c.version->weekly_hours) + " t/uge à " +
                 format_kroner(c.version->hourly_wage) + ", " + days_text(c.days);
        any = true;
    }
    if (!any) return std::nullopt;
    return make_line(family_id, plan, LineKind::helper, month, total,
                     "Hjælpere " + iso(month) + ": " + parts + " (× 52/12, + " + format_rate(rates.holiday_pay) +
                         " feriepenge, + " + format_kroner(rates.oncost_per_hour) + "/t arbejdsgiverudgifter)");
}

// fixed_lines = Σ fixed monthly amount × d/D, as one line per child and month.
std::optional<PayoutLine> fixed_line(Id family_id, const ChildPlan& plan, Month month,
                                     const std::vector<CoveredVersion>& covered) {
    ExactMoney total(0, 1);
    std::string parts;
    bool any = false;
    for (const auto& c : covered) {
        for (const auto& f : c.version->fixed_lines) {
            total = total + f.monthly_amount * c.days;
            parts += std::string(any ? "; " : "") + f.purpose + " " + format_kroner(f.monthly_amount) + "/md, " +
                     days_text(c.days);
            any = true;
        }
    }
    if (!any) return std::nullopt;
    return make_line(family_id, plan, LineKind::fixed, month, total, "Faste beløb " + iso(month) + ": " + parts);
}

} // namespace

std::vector<CoveredVersion> covered_versions(const ChildPlan& plan, Month month) {
    Period support{plan.child.birth_date, support_end(plan.child.birth_date)};
    std::vector<CoveredVersion> covered;
    for (const auto& grant : plan.grants) {
        std::vector<const GrantVersion*> versions;
        for (const auto& v : grant.versions) versions.push_back(&v);
        std::sort(versions.begin(), versions.end(), [](const GrantVersion* a, const GrantVersion* b) {
            return date::sys_days{a->effective_from} < date::sys_days{b->effective_from};
        });
        for (std::size_t i = 0; i < versions.size(); ++i) {
            // A version holds until the day before the next one takes effect.
            std::optional<Date> until;
            if (i + 1 < versions.size())
                until = Date{date::sys_days{versions[i + 1]->effective_from} - date::days{1}};
            auto in_force = intersect(Period{versions[i]->effective_from, until}, grant.valid);
            if (!in_force) continue;
            auto supported = intersect(*in_force, support);
            if (!supported) continue;
            Fraction days = covered_fraction(month, *supported);
            if (days.numerator > 0) covered.push_back({versions[i], days});
        }
    }
    return covered;
}

ExactMoney hourly_cost(const GrantVersion& version, const PayoutRates& rates) {
    return version.hourly_wage * Rate::basis_points(10000 + rates.holiday_pay.basis_points()) +
           ExactMoney(rates.oncost_per_hour);
}

ExactHours approved_hours(const CoveredVersion& covered) {
    const std::int64_t weekly = covered.version->weekly_hours.hundredths();
    return {checked::multiply(checked::multiply(weekly, 52, "timer"), covered.days.numerator, "timer"),
            12 * covered.days.denominator};
}

ExactMoney helper_cost(const CoveredVersion& covered, const PayoutRates& rates) {
    return cost_of(WideHours::of(approved_hours(covered)), hourly_cost(*covered.version, rates));
}

Money MonthEntitlement::total() const {
    return (helper ? helper->amount : Money()) + (fixed ? fixed->amount : Money());
}

MonthEntitlement month_entitlement(Id family_id, const ChildPlan& plan, Month month, const PayoutRates& rates) {
    auto covered = covered_versions(plan, month);
    return {helper_line(family_id, plan, month, covered, rates), fixed_line(family_id, plan, month, covered)};
}

} // namespace hjt
