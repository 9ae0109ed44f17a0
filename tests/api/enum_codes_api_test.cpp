// The codes of the roles (stored in users.role, shown in the API) and of the
// HTTP methods of the route table, spelt out: not one may change.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/auth.h"
#include "app/permissions.h"
#include "http/router.h"

using namespace hjt;

TEST_CASE("enum codes: roles and HTTP methods", "[enum_codes]") {
    std::vector<std::string> roles, methods;
    for (const auto& [role, code] : app::codes(app::Role{})) {
        CHECK(app::parse_role(code) == role);
        roles.push_back(app::to_string(role));
    }
    for (const auto& [method, code] : http::codes(http::Method{})) {
        CHECK(http::parse_method(code) == method);
        methods.push_back(http::to_string(method));
    }
    CHECK(roles == std::vector<std::string>{"finance", "caseworker", "family", "auditor", "admin"});
    CHECK(methods == std::vector<std::string>{"GET", "POST", "PUT", "PATCH", "DELETE"});
    CHECK_FALSE(app::parse_role("Finance"));
    CHECK_FALSE(http::parse_method("get"));
}

TEST_CASE("Danish labels of roles and operations come from their tables", "[enum_codes]") {
    CHECK(app::danish_role(app::Role::caseworker) == "sagsbehandler");
    CHECK(app::danish_operation(app::Operation::payout_approve) == "godkende udbetalinger");
    CHECK(app::danish_operation(app::Operation::import_folder) == "importere registerdata");
}
