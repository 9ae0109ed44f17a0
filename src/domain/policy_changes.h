// The municipal policy over time (issue 19): the settings `hjt init` stored
// (policy_values) and, after them, dated changes finance makes with
// `hjt policy set` — each a new record, never an edit, so the policy in force
// on any past day can be read again and every change names who made it.
//
// When a change may start: settings that shape a whole year (the helper
// window and holidays, pooling and top-ups in the reconciliation, the payroll
// rounding and income kind, the lost-earnings supplement, a year's on-cost)
// from 1 January only, because a year is classified and reconciled under one
// policy; the month-by-month ones (payroll service, claims terms, excluded
// expense categories) from the first day of any month, because runs are monthly.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/policy.h"

namespace hjt {

struct PolicyChange {
    Id id = 0;
    std::string name;   // a key of policy_settings (domain/policy.h)
    std::string value;  // its text, as in config/policy.properties
    Date valid_from;    // in force from this day on, until a later change of the same name
    std::string reason;
    std::string set_by;
    std::string set_at;  // UTC timestamp
};

// Whether `name` may change from the first of any month (else only from 1 January).
bool changes_monthly(const std::string& name);

// Per setting name, the change of `changes` (any order) in force on `day`:
// of those dated on or before it, the later date wins, then the later id.
// The one rule of which change holds, for the values and for where each comes from.
std::map<std::string, PolicyChange> changes_in_force(const std::vector<PolicyChange>& changes, Date day);

// `base` with the value of each change in force on `day` (changes_in_force).
std::map<std::string, std::string> settings_in_force(std::map<std::string, std::string> base,
                                                     const std::vector<PolicyChange>& changes, Date day);

// The policy in force on `day`.
Policy policy_in_force(const std::map<std::string, std::string>& base, const std::vector<PolicyChange>& changes,
                       Date day);

// Refuses (ValidationError naming "name", "value", "valid_from" or "reason")
// a change that names no setting, starts on a day its kind of setting may not
// start, has no reason, or leaves the policy unreadable on its first day or
// on the first day of any later change.
void check_policy_change(const std::map<std::string, std::string>& base, const std::vector<PolicyChange>& changes,
                         const PolicyChange& change);

} // namespace hjt
