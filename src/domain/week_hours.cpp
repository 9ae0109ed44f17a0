#include "domain/week_hours.h"

#include <algorithm>
#include <map>

#include "domain/minutes.h"

namespace hjt {
namespace {

Date monday_of(Date d) {
    const date::sys_days day{d};
    const date::weekday w{day};
    return Date{day - (w - date::Monday)};
}

// The version of `grant` in force on `day`, if any (versions ordered by effective_from).
const GrantVersion* version_on(const Grant& grant, Date day) {
    if (!grant.valid.contains(day)) return nullptr;
    const GrantVersion* found = nullptr;
    for (const auto& v : grant.versions)
        if (v.effective_from <= day && (!found || v.effective_from >= found->effective_from)) found = &v;
    return found;
}

} // namespace

Hours weekly_hours_granted(const std::vector<ChildPlan>& children, Date day) {
    Hours sum;
    for (const auto& child : children)
        for (const auto& grant : child.grants)
            if (const GrantVersion* v = version_on(grant, day)) sum += v->weekly_hours;
    return sum;
}

std::vector<WeekOverGrant> weeks_over_grant(const std::vector<ShiftRecord>& shifts,
                                            const std::vector<ChildPlan>& children) {
    std::map<date::sys_days, long long> minutes;  // by Monday
    for (const auto& s : shifts) minutes[date::sys_days{monday_of(s.times.date)}] += s.classification.subsidisable_minutes;
    std::vector<WeekOverGrant> out;
    for (const auto& [monday, total] : minutes) {
        Hours granted;
        for (int i = 0; i < 7; ++i)
            granted = std::max(granted, weekly_hours_granted(children, Date{monday + date::days{i}}));
        Hours used = hours_of_minutes(total);
        if (used > granted) out.push_back({Date{monday}, used, granted});
    }
    return out;
}

} // namespace hjt
