#include "http/request_context.h"

#include <stdexcept>

#include "domain/errors.h"

namespace hjt::http {

const app::User& RequestContext::signed_in() const {
    // Only a route table mistake (a public route asking for its user) gets here.
    if (!user) throw std::logic_error("route needs a signed-in user but is public");
    return *user;
}

Id RequestContext::id_param(const std::string& name) const {
    auto it = params.find(name);
    const std::string text = it == params.end() ? "" : it->second;
    bool digits = !text.empty() && text.size() <= 18 && text.find_first_not_of("0123456789") == std::string::npos;
    Id id = digits ? std::stoll(text) : 0;
    if (id <= 0) throw NotFound(Message{MessageCode::path_not_found, {name + " '" + text + "'"}});
    return id;
}

std::optional<std::string> RequestContext::query_param(const std::string& name) const {
    auto it = query.find(name);
    if (it == query.end()) return std::nullopt;
    return it->second;
}

std::optional<Id> RequestContext::confined_to_family() const {
    const auto& who = signed_in();
    if (who.role != app::Role::family) return std::nullopt;
    // A family user always has a family (auth::create_user refuses otherwise);
    // 0 matches no family, should one ever be missing.
    return who.family_id.value_or(0);
}

} // namespace hjt::http
