#include "http/scopes.h"

#include "app/register_reads.h"
#include "domain/errors.h"

namespace hjt::http::scope {
namespace {

// Builds a Scope from "find the entity by id" and "its family".
template <class Find, class FamilyOf>
Scope owner(std::string param, std::string what, Find find, FamilyOf family_of) {
    return [param = std::move(param), what = std::move(what), find, family_of](const RequestContext& ctx) -> Id {
        Id id = ctx.id_param(param);
        auto found = find(ctx.sql, id);
        if (!found) throw NotFound(what + " " + std::to_string(id) + " not found");
        return family_of(ctx.sql, *found);
    };
}

template <class Entity>
Id own_family(soci::session&, const Entity& e) {
    return e.family_id;
}

} // namespace

Scope family(std::string param) {
    return owner(std::move(param), "family", app::find_family, [](soci::session&, const Family& f) { return f.id; });
}

Scope child(std::string param) {
    return owner(std::move(param), "child", app::find_child, own_family<Child>);
}

Scope helper(std::string param) {
    return owner(std::move(param), "helper", app::find_helper, own_family<Helper>);
}

Scope expense(std::string param) {
    return owner(std::move(param), "expense", app::find_expense, own_family<Expense>);
}

Scope shift(std::string param) {
    return owner(std::move(param), "shift", app::find_shift, own_family<ShiftRecord>);
}

Scope grant(std::string param) {
    return owner(std::move(param), "grant", app::find_grant, app::family_of);
}

} // namespace hjt::http::scope
