// Backups that restore (issue 17): `hjt backup --out FILE` copies the SQLite
// database while others write to it, `hjt backup verify FILE` checks the
// copy's chain and books and places its head against the live chain.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <thread>

#include <soci/sqlite3/soci-sqlite3.h>

#include "app/backup_service.h"
#include "app/register_service.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

const app::User kAdmin = test::admin_actor("admin1");

// A family whose phone number the writer changes, one audited update a transaction.
Id family_of(ScratchDatabase& db) {
    Id id = 0;
    db.db().in_transaction([&](soci::session& sql) {
        id = app::create_family(sql, test::caseworker_actor("cw1"), testing::sample_family()).id;
    });
    return id;
}

void set_phone(store::Database& db, Id family, int n) {
    db.in_transaction([&](soci::session& sql) {
        Family f = testing::sample_family();
        f.id = family;
        f.contact_phone = std::to_string(20000000 + n);
        app::update_family(sql, test::caseworker_actor("cw1"), f);
    });
}

std::string backup_file(const ScratchDatabase& db) {
    const std::string file = db.side_file(".backup.db");
    std::filesystem::remove(file);
    return file;
}

} // namespace

TEST_CASE("a backup taken under write load is one commit's state: its chain verifies, its head is a prefix of "
          "the live chain, and restored the data is there",
          "[backup]") {
    ScratchDatabase db("backup_load");
    if (db.db().backend() == store::Backend::postgresql) {
        // pg_dump's job: hjt refuses, naming it, and writes nothing.
        try {
            app::back_up(db.db(), kAdmin, backup_file(db));
            FAIL("a PostgreSQL database was copied");
        } catch (const ValidationError& e) {
            CHECK(e.code() == "postgresql");
            CHECK(std::string(e.what()).find("pg_dump") != std::string::npos);
        }
        CHECK_FALSE(std::filesystem::exists(backup_file(db)));
        // A database restored from pg_dump is checked by its connection string:
        // here the live one itself, which stands level with itself.
        set_phone(db.db(), family_of(db), 1);
        app::BackupCheck self = app::verify_backup(db.sql(), kAdmin, db.path());
        CHECK(self.copy.ok);
        CHECK(self.standing == app::CopyStanding::same);
        CHECK(self.copy.entries == 2);
        return;
    }
    const Id family = family_of(db);
    std::atomic<bool> stop{false};
    std::atomic<int> writes{0};
    std::thread writer([&] {
        store::Database other(db.path());
        for (int n = 0; !stop; ++n) {
            set_phone(other, family, n);
            ++writes;
        }
    });
    while (writes < 20) std::this_thread::yield();
    const std::string file = backup_file(db);
    const app::BackupResult result = app::back_up(db.db(), kAdmin, file);
    while (writes < 40) std::this_thread::yield();
    stop = true;
    writer.join();

    REQUIRE(result.copy_head);
    app::BackupCheck check = app::verify_backup(db.sql(), kAdmin, file);
    CHECK(check.copy.ok);
    CHECK(check.standing == app::CopyStanding::behind);
    // The writes after the copy and the entry recording the backup.
    CHECK(check.behind_by >= 2);
    CHECK(check.copy_head->sequence == result.copy_head->sequence);

    // The backup is audited in the live chain, naming the copy's head.
    std::string action, after;
    db.sql() << "SELECT action, after_json FROM audit_log WHERE id = :id", soci::into(action), soci::into(after),
        soci::use(result.audit_entry);
    CHECK(action == "backup");
    CHECK(after.find("\"copy_head\":" + std::to_string(result.copy_head->sequence)) != std::string::npos);

    // Restored (the file opened as the database): the family's phone is what
    // the copy's last audit entry on it says, so rows and chain are one moment.
    store::Database restored(file);
    std::string phone, last_after;
    restored.session() << "SELECT contact_phone FROM families WHERE id = :id", soci::into(phone), soci::use(family);
    restored.session() << "SELECT after_json FROM audit_log WHERE entity = 'family' ORDER BY id DESC LIMIT 1",
        soci::into(last_after);
    CHECK(phone.size() == 8);
    CHECK(last_after.find("\"contact_phone\":\"" + phone + "\"") != std::string::npos);
    CHECK(store::verify_audit_chain(restored.session()).ok);
    std::filesystem::remove(file);
}

TEST_CASE("a backup is admin only, never overwrites a file, and verify finds a tampered copy and another history",
          "[backup][bad-input]") {
    ScratchDatabase db("backup_refusals");
    if (db.db().backend() == store::Backend::postgresql) return;  // the copy is SQLite's (above)
    const Id family = family_of(db);
    const std::string file = backup_file(db);
    CHECK_THROWS_AS(app::back_up(db.db(), test::auditor_actor("rev1"), file), Forbidden);
    CHECK_THROWS_AS(app::back_up(db.db(), test::finance_actor("fin1"), file), Forbidden);
    CHECK_FALSE(std::filesystem::exists(file));
    const long long entries = db.count("audit_log");

    app::back_up(db.db(), kAdmin, file);
    CHECK(db.count("audit_log") == entries + 1);
    try {
        app::back_up(db.db(), kAdmin, file);
        FAIL("a backup overwrote a file");
    } catch (const ValidationError& e) {
        CHECK(e.code() == "exists");
        CHECK(e.field() == "--out");
    }
    CHECK(app::verify_backup(db.sql(), test::auditor_actor("rev1"), file).ok());
    CHECK_THROWS_AS(app::verify_backup(db.sql(), test::caseworker_actor("cw1"), file), Forbidden);
    CHECK_THROWS_AS(app::verify_backup(db.sql(), kAdmin, db.side_file(".missing.db")), ValidationError);
    CHECK_FALSE(std::filesystem::exists(db.side_file(".missing.db")));  // verify never creates a copy

    {  // Someone edits the copy's family name: its chain breaks there.
        soci::session copy(*soci::factory_sqlite3(), "db=" + file);
        copy << "UPDATE audit_log SET after_json = REPLACE(after_json, 'Jensen', 'Hansen') WHERE entity = 'family'";
    }
    app::BackupCheck tampered = app::verify_backup(db.sql(), kAdmin, file);
    CHECK_FALSE(tampered.ok());
    CHECK(tampered.copy.first_broken);

    // A copy of another database: its head is not in this chain.
    ScratchDatabase other("backup_other");
    set_phone(other.db(), family_of(other), 1);
    set_phone(other.db(), 1, 2);
    const std::string other_file = backup_file(other);
    app::back_up(other.db(), kAdmin, other_file);
    set_phone(db.db(), family, 3);
    app::BackupCheck foreign = app::verify_backup(db.sql(), kAdmin, other_file);
    CHECK(foreign.copy.ok);
    CHECK(foreign.standing == app::CopyStanding::different);
    CHECK_FALSE(foreign.ok());
    std::filesystem::remove(file);
    std::filesystem::remove(other_file);
}
