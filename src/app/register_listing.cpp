#include "app/register_listing.h"

#include <map>

#include "app/payout_export.h"
#include "store/import_keys.h"
#include "store/register_repository.h"

namespace hjt::app {

namespace {

// The one family a listing is confined to: a family user's own, or the one
// asked for (checked like any read of it); nullopt: every family.
std::optional<Id> confined_to(const User& actor, std::optional<Id> family) {
    if (actor.role == Role::family) family = family.value_or(actor.family_id.value_or(0));
    if (family) {
        require_permission(actor, Operation::read_own_family, *family);
        return family;
    }
    require_permission(actor, Operation::read_across_families);
    return std::nullopt;
}

std::map<Id, std::string> keys_by_id(soci::session& sql, const std::string& entity) {
    std::map<Id, std::string> keys;
    for (const auto& [key, id] : store::import_keys_of(sql, entity)) keys[id] = key;
    return keys;
}

std::string key_of(const std::map<Id, std::string>& keys, Id id) {
    const auto found = keys.find(id);
    return found == keys.end() ? "" : found->second;
}

} // namespace

std::vector<FamilyListing> list_family_keys(soci::session& sql, const User& actor) {
    const auto only = confined_to(actor, std::nullopt);
    const auto keys = keys_by_id(sql, "family");
    std::vector<FamilyListing> out;
    for (auto& f : store::list_families(sql))
        if (!only || f.id == *only) out.push_back({f, key_of(keys, f.id)});
    return out;
}

std::vector<HelperListing> list_helper_keys(soci::session& sql, const User& actor, std::optional<Id> family) {
    const auto only = confined_to(actor, family);
    const auto keys = keys_by_id(sql, "helper");
    std::map<Id, std::string> names;
    for (auto& f : store::list_family_names(sql)) names[f.id] = std::move(f.name);
    std::vector<HelperListing> out;
    for (auto& h : only ? store::list_helpers(sql, *only) : store::list_all_helpers(sql))
        out.push_back({h, key_of(keys, h.id), names[h.family_id]});
    return out;
}

std::vector<AwardListing> list_award_ids(soci::session& sql, const User& actor, std::optional<Id> family) {
    const auto only = confined_to(actor, family);
    std::map<Id, Child> children;
    for (auto& c : store::list_all_children(sql))
        if (!only || c.family_id == *only) children[c.id] = c;
    // Every award: in force on some day of the years hjt takes (limits::kYear).
    const Date first{date::year{2000}, date::January, date::day{1}}, last{date::year{2099}, date::December, date::day{31}};
    std::map<Id, std::string> family_names;
    for (auto& f : store::list_family_names(sql)) family_names[f.id] = std::move(f.name);
    const Date today = today_in_copenhagen();
    std::vector<AwardListing> out;
    for (auto& a : store::awards_touching(sql, first, last)) {
        const auto child = children.find(a.child_id);
        if (child == children.end()) continue;
        out.push_back({a, child->second, family_names[child->second.family_id], awarded_monthly_reduction(a),
                       award_state(a, today)});
    }
    return out;
}

} // namespace hjt::app
