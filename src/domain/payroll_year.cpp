#include "domain/payroll_year.h"

#include <set>

namespace hjt {

namespace {

void add_into(eindkomst::Reported& sum, const eindkomst::Reported& values) {
    for (const auto& [key, value] : values) sum[key] = checked::add(sum[key], value, "årets sum af eIndkomst-felter");
}

std::int64_t value_at(const eindkomst::Reported& values, const std::pair<int, int>& key) {
    const auto found = values.find(key);
    return found == values.end() ? 0 : found->second;
}

// Every field either side has; an absent one is 0 (a month reported without holiday pay, say).
void compare(const PayrollMonth& m, const eindkomst::Reported& computed, std::vector<ReportedDifference>& out) {
    std::set<std::pair<int, int>> keys;
    for (const auto& [key, value] : computed) keys.insert(key);
    for (const auto& [key, value] : m.reported) keys.insert(key);
    for (const auto& key : keys) {
        const std::int64_t now = value_at(computed, key), sent = value_at(m.reported, key);
        if (now != sent) out.push_back({m.month, key.first, key.second, now, sent});
    }
}

} // namespace

PayrollYear payroll_year(std::vector<PayrollMonth> months) {
    PayrollYear year;
    std::vector<Payslip> slips;
    for (const PayrollMonth& m : months) {
        const eindkomst::Reported computed = eindkomst::reported_of(eindkomst::helper_fields(m.slip));
        add_into(year.computed, computed);
        add_into(year.reported, m.reported);
        compare(m, computed, year.differences);
        slips.push_back(m.slip);
    }
    year.totals = add_up(slips);
    year.months = std::move(months);
    return year;
}

std::vector<YearField> year_fields(const PayrollYear& year) {
    std::set<std::pair<int, int>> keys;
    for (const auto& [key, value] : year.computed) keys.insert(key);
    for (const auto& [key, value] : year.reported) keys.insert(key);
    std::vector<YearField> out;
    for (const auto& key : keys)
        out.push_back({key.first, key.second, value_at(year.computed, key), value_at(year.reported, key)});
    return out;
}

} // namespace hjt
