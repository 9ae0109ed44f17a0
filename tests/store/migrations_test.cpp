#include <catch2/catch.hpp>

#include <filesystem>

#include "store/database.h"
#include "store/migrations.h"

TEST_CASE("a new database is migrated to the latest schema, and again is a no-op", "[store][migrations]") {
    auto path = std::filesystem::temp_directory_path() / "hjt_migrations_test.db";
    std::filesystem::remove(path);
    {
        hjt::store::Database db(path.string());
        CHECK(db.schema_version() == hjt::store::all_migrations().back().version);
        CHECK(hjt::store::migrate(db.session()) == 0);
        std::string mode;
        db.session() << "PRAGMA journal_mode", soci::into(mode);
        CHECK(mode == "wal");
        int fk = 0;
        db.session() << "PRAGMA foreign_keys", soci::into(fk);
        CHECK(fk == 1);
    }
    std::filesystem::remove(path);
}
