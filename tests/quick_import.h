// Options for tests that import a folder to work on its register, not on its
// users' passwords: the users are hashed at kQuickTestCost (test_users.h), not
// at the login cost (some 90 ms and 32 MiB a user; sample-data/ has seven, and
// the audit suite imports it dozens of times on each backend). The import
// tests of users and the CLI's `hjt import` hash at the real cost. Test code only.
#pragma once

#include "app/importer.h"
#include "test_users.h"

namespace hjt::test {

inline app::ImportOptions quick_import(app::Confirmation confirmation = app::Confirmation::ask) {
    app::ImportOptions options;
    options.confirmation = confirmation;
    options.password_cost = kQuickTestCost;
    return options;
}

} // namespace hjt::test
