#include <catch2/catch.hpp>

#include <filesystem>

#include "store/database.h"
#include "import/scratch_folder.h"
#include "store/migrations.h"

TEST_CASE("a new database is migrated to the latest schema, and again is a no-op", "[store][migrations]") {
    const hjt::testing::ScratchFolder folder("migrations");
    const auto path = folder.file("hjt.db");
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
}

TEST_CASE("a migration that landed after a later one had been applied is still applied", "[store][migrations]") {
    // Migrations 8, 9 and 11 were written side by side: a database that took 11
    // before 9 existed must still get 9, not be taken as up to date by its highest.
    const hjt::testing::ScratchFolder folder("migrations_gap");
    const auto path = folder.file("hjt.db");
    {
        soci::session sql("sqlite3", path.string());
        CHECK(hjt::store::migrate(sql, 8) > 0);
        sql << "INSERT INTO schema_migrations (version, name, applied_at)"
               " VALUES (11, 'indexes', '2026-12-04T00:00:00Z')";  // as an older build without 9 left it
        CHECK(hjt::store::migrate(sql, 11) == 1);                 // 9, and only 9 (later versions are not this test's)
        int received_tables = 0;
        sql << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'reconciliation_received'", soci::into(received_tables);
        CHECK(received_tables == 1);
        CHECK(hjt::store::migrate(sql, 11) == 0);
    }
}
