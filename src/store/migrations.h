// Numbered schema migrations, applied in order in one transaction (under the
// write lock, so concurrent starters migrate once),
// recorded in schema_migrations. A released migration is never edited: a change
// is a new migration.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace hjt::store {

struct Migration {
    int version;
    std::string name;
    std::vector<std::string> statements;
};

const std::vector<Migration>& all_migrations();

// Applies every migration newer than the database (up to `through` when given:
// a test builds a database as an older release left it); returns how many ran.
int migrate(soci::session& sql, std::optional<int> through = std::nullopt);

} // namespace hjt::store
