#include "app/register_reads.h"

#include <string>

#include "domain/errors.h"
#include "store/import_keys.h"
#include "store/register_repository.h"
#include "store/shift_store.h"

namespace hjt::app {

std::optional<Family> find_family(soci::session& sql, Id id) { return store::find_family(sql, id); }
std::optional<Child> find_child(soci::session& sql, Id id) { return store::find_child(sql, id); }
std::optional<Helper> find_helper(soci::session& sql, Id id) { return store::find_helper(sql, id); }
namespace {

// `entity`'s import key, or else digits naming an id that `exists`.
template <class Exists>
std::optional<Id> by_reference(soci::session& sql, const std::string& entity, const std::string& key_or_id,
                               Exists exists) {
    if (auto id = store::find_import_key(sql, entity, key_or_id)) return id;
    // An id is digits only, and short enough to be one (no stoll overflow).
    constexpr std::size_t kMaxIdDigits = 18;
    if (key_or_id.empty() || key_or_id.size() > kMaxIdDigits ||
        key_or_id.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const Id id = std::stoll(key_or_id);
    return exists(sql, id) ? std::optional(id) : std::nullopt;
}

} // namespace

std::optional<Id> family_by_reference(soci::session& sql, const std::string& key_or_id) {
    return by_reference(sql, "family", key_or_id, [](soci::session& s, Id id) { return store::find_family(s, id).has_value(); });
}

std::optional<Id> helper_by_reference(soci::session& sql, const std::string& key_or_id) {
    return by_reference(sql, "helper", key_or_id, [](soci::session& s, Id id) { return store::find_helper(s, id).has_value(); });
}

std::optional<Helper> find_helper_by_reference(soci::session& sql, const std::string& key_or_id) {
    auto id = helper_by_reference(sql, key_or_id);
    return id ? store::find_helper(sql, *id) : std::nullopt;
}

std::optional<Grant> find_grant(soci::session& sql, Id id) { return store::find_grant(sql, id); }
std::optional<Expense> find_expense(soci::session& sql, Id id) { return store::find_expense(sql, id); }
std::optional<LostEarningsAward> find_award(soci::session& sql, Id id) { return store::find_award(sql, id); }
std::optional<ShiftRecord> find_shift(soci::session& sql, Id id) { return store::find_shift(sql, id); }

std::vector<Family> list_families(soci::session& sql) { return store::list_families(sql); }
std::vector<Child> list_children(soci::session& sql, Id family_id) { return store::list_children(sql, family_id); }
std::vector<Helper> list_helpers(soci::session& sql, Id family_id) { return store::list_helpers(sql, family_id); }
std::vector<Grant> list_grants(soci::session& sql, Id child_id) { return store::list_grants(sql, child_id); }
std::vector<Expense> list_expenses(soci::session& sql, Id family_id) { return store::list_expenses(sql, family_id); }
std::vector<LostEarningsAward> list_awards(soci::session& sql, Id child_id) { return store::list_awards(sql, child_id); }

Id family_of(soci::session& sql, const Grant& grant) {
    auto child = store::find_child(sql, grant.child_id);
    if (!child) throw NotFound(Message{MessageCode::child_not_found, {std::to_string(grant.child_id)}});
    return child->family_id;
}

} // namespace hjt::app
