// Scope resolvers for routes: from a path parameter to the family that owns
// the resource (throwing NotFound for an unknown id). The dispatcher compares
// the result with a family user's own family (404 when they differ).
#pragma once

#include <string>

#include "http/router.h"

namespace hjt::http::scope {

Scope family(std::string param);   // the parameter is the family's id
Scope child(std::string param);
Scope helper(std::string param);
Scope grant(std::string param);
Scope expense(std::string param);
Scope shift(std::string param);

} // namespace hjt::http::scope
