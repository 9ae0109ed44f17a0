#include "reports/statement_arithmetic.h"

#include <optional>

#include "domain/danish_format.h"
#include "domain/exact.h"

namespace hjt::reports {

namespace {

// The hourly cost of every month with hours, when the year has one.
std::optional<std::int64_t> one_price(const ChildReconciliation& r) {
    std::optional<std::int64_t> price;
    for (const auto& m : r.months) {
        if (m.approved_hours == Hours{} && m.used_hours == Hours{}) continue;
        if (price && *price != m.hourly_cost_ore100) return std::nullopt;
        price = m.hourly_cost_ore100;
    }
    return price;
}

ComputationLine product(const std::string& what, Hours hours, std::optional<std::int64_t> price, Money result) {
    if (price && hours_times_price(hours, *price) == result)
        return {what, format_hours(hours) + " × " + format_hourly_price(*price) + " = " + format_kroner(result)};
    return {what, "summen af månederne (se timer pr. måned) = " + format_kroner(result)};
}

std::string smallest(Money a, Money b, Money result) {
    return "det mindste af " + format_kroner(a) + " og " + format_kroner(b) + " = " + format_kroner(result);
}

} // namespace

Money hours_times_price(Hours hours, std::int64_t price_ore100) {
    return (ExactMoney(price_ore100, 100) * hours).rounded();
}

std::vector<ComputationLine> computation_lines(const ChildReconciliation& r) {
    const auto price = one_price(r);
    std::vector<ComputationLine> lines = {product("Bevilgede timer × timepris", r.approved_hours, price, r.approved_cost),
                                          product("Brugte timer × timepris", r.used_hours, price, r.used_cost)};
    if (r.pooling == HourPooling::over_year)
        lines.push_back({"Hjælpere: brugt beløb, højst det bevilgede", smallest(r.used_cost, r.approved_cost, r.eligible_helper)});
    else
        lines.push_back({"Hjælpere: måned for måned det mindste af brugt og bevilget beløb",
                         "summen af månederne (se timer pr. måned) = " + format_kroner(r.eligible_helper)});
    lines.push_back({"Hjælpere + udlæg + faste beløb", format_kroner(r.eligible_helper) + " + " +
                                                           format_kroner(r.eligible_expenses) + " + " +
                                                           format_kroner(r.eligible_fixed) + " = " +
                                                           format_kroner(r.eligible_before_cap)});
    lines.push_back({"Støtteberettiget: højst årsloftet", smallest(r.eligible_before_cap, r.year_cap, r.eligible)});
    lines.push_back({"Modtaget − støtteberettiget = saldo", format_kroner(r.received.total()) + " − " +
                                                                format_kroner(r.eligible) + " = " + format_kroner(r.balance)});
    return lines;
}

} // namespace hjt::reports
