#include "app/policy_service.h"

#include "app/entity_json.h"
#include "app/policy_json.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/closed_years.h"
#include "store/rates_store.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

std::map<std::string, std::string> base_settings(soci::session& sql) {
    auto base = store::load_base_policy_settings(sql);
    if (base.empty()) throw NotFound(Message{MessageCode::policy_missing, {}});
    return base;
}

void refuse_closed_years(soci::session& sql, const PolicyChange& change) {
    const int from_year = static_cast<int>(change.valid_from.year());
    for (const auto& [family, year] : store::closed_years(sql))
        if (year >= from_year)
            throw Conflict(Message{MessageCode::policy_change_in_closed_year,
                                   {std::to_string(year), std::to_string(family), format_danish_date(change.valid_from)}});
}

} // namespace

PolicyView show_policy(soci::session& sql, const User& actor, Date on) {
    require_permission(actor, Operation::read_across_families);
    const auto base = base_settings(sql);
    PolicyView view{on, {}, store::list_policy_changes(sql)};
    const auto sources = changes_in_force(view.changes, on);
    for (const auto& [name, value] : settings_in_force(base, view.changes, on)) {
        const auto source = sources.find(name);
        view.settings.push_back({name, value,
                                 source == sources.end() ? std::nullopt : std::optional<PolicyChange>(source->second)});
    }
    return view;
}

PolicyChange change_policy(soci::session& sql, const User& actor, PolicyChange change) {
    require_permission(actor, Operation::policy_change);
    const auto base = base_settings(sql);
    const auto changes = store::list_policy_changes(sql);
    check_policy_change(base, changes, change);
    refuse_closed_years(sql, change);
    change.set_by = actor.username;
    change.set_at = support::utc_now();
    change.id = store::insert_policy_change(sql, change);
    store::append_audit(sql, {actor.username, "create", "policy_change", std::to_string(change.id), "",
                              stringify(to_json(change))});
    return change;
}

} // namespace hjt::app
