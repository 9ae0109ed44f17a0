// The readiness /healthz reports (issue 17: on a read-only file `serve` used
// to start and say ok while every write and login answered 500). Ready means
// the database answers and can take a write now (store/writability.h).
#pragma once

#include <soci/soci.h>

#include <string>

#include "app/settings.h"

namespace hjt::app {

struct Readiness {
    bool database_writable = false;
    std::string problem;  // Danish, "" when ready: "databasen kan ikke skrive: disken er fuld"
    bool ready() const { return database_writable; }
};

Readiness readiness(soci::session& sql, const Settings& settings);

} // namespace hjt::app
