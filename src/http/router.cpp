#include "http/router.h"

#include <algorithm>
#include <stdexcept>

namespace hjt::http {
namespace {

constexpr auto kMethodCodes = enum_table<Method>({{Method::get, "GET"},
                                                  {Method::post, "POST"},
                                                  {Method::put, "PUT"},
                                                  {Method::patch, "PATCH"},
                                                  {Method::del, "DELETE"}});

std::vector<std::string> segments(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        if (slash > start) parts.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    return parts;
}

bool is_param(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Fills `params` when every segment matches literally or binds a {param}.
bool matches(const std::string& pattern, const std::vector<std::string>& path, PathParams& params) {
    auto wanted = segments(pattern);
    if (wanted.size() != path.size()) return false;
    PathParams bound;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (is_param(wanted[i]))
            bound[wanted[i].substr(1, wanted[i].size() - 2)] = path[i];
        else if (wanted[i] != path[i])
            return false;
    }
    params = std::move(bound);
    return true;
}

} // namespace

std::span<const EnumText<Method>> codes(Method) { return kMethodCodes; }

void Router::add(Method method, std::string pattern, Roles roles, Scope scope, Handler handler) {
    // A route nobody may call is a typo in a route table, found at start-up.
    if (roles.empty()) throw std::logic_error("route " + pattern + " allows no role");
    // Fields by name: a field added to Route cannot shift a flag into another's place.
    routes_.push_back({.method = method, .pattern = std::move(pattern), .needs_token = true, .roles = roles,
                       .scope = std::move(scope), .handler = std::move(handler)});
}

void Router::add_logged_read(std::string pattern, Roles roles, Scope scope, Handler handler) {
    add(Method::get, std::move(pattern), roles, std::move(scope), std::move(handler));
    routes_.back().logs_reads = true;
}

void Router::add_public(Method method, std::string pattern, Handler handler) {
    routes_.push_back({.method = method, .pattern = std::move(pattern), .needs_token = false, .roles = Roles{},
                       .scope = no_scope, .handler = std::move(handler)});
}

void Router::add_public_own_transactions(Method method, std::string pattern, Handler handler) {
    add_public(method, std::move(pattern), std::move(handler));
    routes_.back().own_transactions = true;
}

RouteMatch Router::match(Method method, const std::string& path) const {
    RouteMatch result;
    auto parts = segments(path);
    for (const auto& route : routes_) {
        PathParams params;
        if (!matches(route.pattern, parts, params)) continue;
        if (std::find(result.allowed.begin(), result.allowed.end(), route.method) == result.allowed.end())
            result.allowed.push_back(route.method);
        if (route.method == method && !result.route) {
            result.route = &route;
            result.params = std::move(params);
        }
    }
    return result;
}

} // namespace hjt::http
