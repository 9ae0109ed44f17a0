#include "domain/policy_changes.h"

#include <algorithm>

#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt {
namespace {

bool names_a_setting(const std::string& name) {
    if (name.starts_with(kOncostSettingPrefix)) return true;
    const auto every = policy_settings(Policy{});
    return every.count(name) > 0;
}

// A change is read after every change dated before it, and after those of its day with a lower id.
bool in_force_order(const PolicyChange& a, const PolicyChange& b) {
    if (a.valid_from != b.valid_from) return a.valid_from < b.valid_from;
    return a.id < b.id;
}

// The policy must read on `day` with `change` among the changes; a fault in
// the changed setting's text names "value", any other "name".
void check_readable_on(const std::map<std::string, std::string>& base, const std::vector<PolicyChange>& with,
                       const PolicyChange& change, Date day) {
    try {
        policy_in_force(base, with, day);
    } catch (const ValidationError& e) {
        const bool own_key = e.field().size() >= change.name.size() &&
                             e.field().compare(e.field().size() - change.name.size(), std::string::npos, change.name) == 0;
        throw ValidationError(own_key ? "value" : "name",
                              Message{MessageCode::policy_change_unreadable,
                                      {change.name, change.value, format_danish_date(day), e.what()}});
    }
}

} // namespace

bool changes_monthly(const std::string& name) {
    return name == "payroll.service" || name == "expenses.excluded_categories" || name.starts_with("claims.");
}

std::map<std::string, PolicyChange> changes_in_force(const std::vector<PolicyChange>& changes, Date day) {
    std::map<std::string, PolicyChange> in_force;
    for (const auto& c : changes) {
        if (c.valid_from > day) continue;
        auto [at, inserted] = in_force.try_emplace(c.name, c);
        if (!inserted && in_force_order(at->second, c)) at->second = c;
    }
    return in_force;
}

std::map<std::string, std::string> settings_in_force(std::map<std::string, std::string> base,
                                                     const std::vector<PolicyChange>& changes, Date day) {
    for (const auto& [name, change] : changes_in_force(changes, day)) base[name] = change.value;
    return base;
}

Policy policy_in_force(const std::map<std::string, std::string>& base, const std::vector<PolicyChange>& changes,
                       Date day) {
    return policy_from_settings(settings_in_force(base, changes, day), "policy_values");
}

void check_policy_change(const std::map<std::string, std::string>& base, const std::vector<PolicyChange>& changes,
                         const PolicyChange& change) {
    if (!names_a_setting(change.name))
        throw ValidationError("name", Message{MessageCode::policy_unknown_setting, {change.name}});
    if (!change.valid_from.ok() || change.valid_from.day() != date::day{1})
        throw ValidationError("valid_from", Message{MessageCode::policy_change_not_month_start, {}});
    if (!changes_monthly(change.name) && change.valid_from.month() != date::January)
        throw ValidationError("valid_from", Message{MessageCode::policy_change_not_january, {change.name}});
    if (change.reason.find_first_not_of(" \t") == std::string::npos)
        throw ValidationError("reason", Message{MessageCode::policy_change_needs_reason, {}});
    std::vector<PolicyChange> with = changes;
    with.push_back(change);
    with.back().id = 0;
    for (const auto& c : changes) with.back().id = std::max(with.back().id, c.id + 1);
    check_readable_on(base, with, change, change.valid_from);
    for (const auto& later : changes)
        if (later.valid_from > change.valid_from) check_readable_on(base, with, change, later.valid_from);
}

} // namespace hjt
