#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/policy_changes.h"

using namespace hjt;

namespace {

Date day(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }

// The settings `hjt init` stores from a policy: every key with its text.
std::map<std::string, std::string> base() {
    Policy p;
    p.employer_oncost_per_hour[2026] = Money::ore(600);
    return policy_settings(p);
}

PolicyChange change(Id id, std::string name, std::string value, Date from) {
    return {id, std::move(name), std::move(value), from, "byrådets beslutning", "finance1", "2026-12-05T06:00:00Z"};
}

std::string refused_field(const PolicyChange& c, const std::vector<PolicyChange>& earlier = {}) {
    try {
        check_policy_change(base(), earlier, c);
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "";
}

} // namespace

TEST_CASE("a dated change holds from its first day, before it the stored setting", "[policy][dated]") {
    const std::vector<PolicyChange> changes = {change(1, "employer_oncost_per_hour.2027", "6,50", day(2027, 1, 1)),
                                               change(2, "window.end", "17:00", day(2027, 1, 1))};
    const Policy before = policy_in_force(base(), changes, day(2026, 12, 31));
    CHECK(before.window_end_minute == 16 * 60);
    CHECK(before.oncost_for(2027) == Money::ore(600));  // no 2027 figure yet: the nearest earlier year's
    const Policy after = policy_in_force(base(), changes, day(2027, 1, 1));
    CHECK(after.window_end_minute == 17 * 60);
    CHECK(after.oncost_for(2027) == Money::ore(650));
    CHECK(after.oncost_for(2026) == Money::ore(600));
}

TEST_CASE("of two changes of one setting, the later date wins, then the later record", "[policy][dated]") {
    const std::vector<PolicyChange> changes = {change(3, "claims.due_days", "20", day(2027, 3, 1)),
                                               change(1, "claims.due_days", "45", day(2027, 2, 1)),
                                               change(2, "claims.due_days", "60", day(2027, 2, 1))};
    CHECK(policy_in_force(base(), changes, day(2027, 1, 31)).claims.due_days == 30);
    CHECK(policy_in_force(base(), changes, day(2027, 2, 1)).claims.due_days == 60);
    CHECK(policy_in_force(base(), changes, day(2027, 3, 15)).claims.due_days == 20);
    // Where the value comes from follows the same rule, whatever the list's order.
    CHECK(changes_in_force(changes, day(2027, 2, 1)).at("claims.due_days").id == 2);
    CHECK(changes_in_force(changes, day(2027, 3, 1)).at("claims.due_days").id == 3);
    CHECK(changes_in_force(changes, day(2027, 1, 31)).count("claims.due_days") == 0);
}

TEST_CASE("a change is refused naming its field, with nothing in force changed", "[policy][dated][refusals]") {
    CHECK(refused_field(change(0, "no.such.setting", "1", day(2027, 1, 1))) == "name");
    CHECK(refused_field(change(0, "window.end", "25:00", day(2027, 1, 1))) == "value");
    CHECK(refused_field(change(0, "window.end", "06:00", day(2027, 1, 1))) == "value");  // before window.start
    CHECK(refused_field(change(0, "employer_oncost_per_hour.2027", "-1,00", day(2027, 1, 1))) == "value");
    CHECK(refused_field(change(0, "employer_oncost_per_hour.1999", "6,00", day(2027, 1, 1))) == "value");
    // Year-long settings from 1 January; monthly ones from a month's first day.
    CHECK(refused_field(change(0, "window.end", "17:00", day(2027, 7, 1))) == "valid_from");
    CHECK(refused_field(change(0, "reconciliation.pool_hours_over_year", "false", day(2027, 2, 1))) == "valid_from");
    CHECK(refused_field(change(0, "claims.due_days", "45", day(2027, 2, 15))) == "valid_from");
    CHECK(refused_field(change(0, "claims.due_days", "45", day(2027, 2, 1))).empty());
    CHECK(refused_field(change(0, "payroll.service", "true", day(2027, 5, 1))).empty());
    PolicyChange no_reason = change(0, "claims.due_days", "45", day(2027, 2, 1));
    no_reason.reason = "  ";
    CHECK(refused_field(no_reason) == "reason");
}

TEST_CASE("a change must leave the policy readable on every later change's day", "[policy][dated][refusals]") {
    // From 2028 the window starts at 15:00; ending it at 14:00 from 2027 would break 2028.
    const std::vector<PolicyChange> later = {change(1, "window.start", "15:00", day(2028, 1, 1))};
    CHECK(refused_field(change(0, "window.end", "14:00", day(2027, 1, 1)), later) == "value");
    CHECK(refused_field(change(0, "window.end", "18:00", day(2027, 1, 1)), later).empty());
}

TEST_CASE("which settings change by the month", "[policy][dated]") {
    CHECK(changes_monthly("payroll.service"));
    CHECK(changes_monthly("claims.setoff_max_share_bp"));
    CHECK(changes_monthly("expenses.excluded_categories"));
    CHECK_FALSE(changes_monthly("window.start"));
    CHECK_FALSE(changes_monthly("employer_oncost_per_hour.2027"));
    CHECK_FALSE(changes_monthly("payroll.rounding_method"));
}
