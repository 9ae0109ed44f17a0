#include "http/scopes.h"

#include "app/register_reads.h"
#include "domain/errors.h"

namespace hjt::http::scope {
namespace {

// Builds a Scope from "find the entity by id" and "its family".
template <class Find, class FamilyOf>
Scope owner(std::string param, MessageCode not_found, Find find, FamilyOf family_of) {
    return [param = std::move(param), not_found, find, family_of](const RequestContext& ctx) -> Id {
        Id id = ctx.id_param(param);
        auto found = find(ctx.sql, id);
        if (!found) throw NotFound(Message{not_found, {std::to_string(id)}});
        return family_of(ctx.sql, *found);
    };
}

template <class Entity>
Id own_family(soci::session&, const Entity& e) {
    return e.family_id;
}

} // namespace

Scope family(std::string param) {
    return owner(std::move(param), MessageCode::family_not_found, app::find_family, [](soci::session&, const Family& f) { return f.id; });
}

Scope child(std::string param) {
    return owner(std::move(param), MessageCode::child_not_found, app::find_child, own_family<Child>);
}

Scope helper(std::string param) {
    return owner(std::move(param), MessageCode::helper_not_found, app::find_helper, own_family<Helper>);
}

Scope expense(std::string param) {
    return owner(std::move(param), MessageCode::expense_not_found, app::find_expense, own_family<Expense>);
}

Scope shift(std::string param) {
    return owner(std::move(param), MessageCode::shift_not_found, app::find_shift, own_family<ShiftRecord>);
}

Scope grant(std::string param) {
    return owner(std::move(param), MessageCode::grant_not_found, app::find_grant, app::family_of);
}

} // namespace hjt::http::scope
