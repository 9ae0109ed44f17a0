// The personal-data and backup commands as a user runs them (issue 17): the
// real executable ($HJT_BIN), its exit codes and Danish messages.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "payout/cli_runner.h"
#include "store/scratch_database.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

struct PgRoundTrip {
    bool restored_ok = false;
    std::string restored_connection;  // hjt's connection string of the restored copy
};

// What README "Sikkerhedskopier" tells an operator to do: pg_dump the
// database's schema, pg_restore it into a new database. `connection` is the
// scratch database's ("postgresql://host=… dbname=hjt user=hjt schema=NAME").
PgRoundTrip restore_with_pg_dump(const std::string& connection, const std::string& dump_file) {
    const std::string prefix = "postgresql://";
    const auto schema_at = connection.rfind(" schema=");
    const std::string schema = connection.substr(schema_at + 8);
    std::string server = connection.substr(prefix.size(), schema_at - prefix.size());  // libpq conninfo
    const std::string database = "restored_" + schema;
    const char* bin_env = std::getenv("PG_BIN");
    const std::string bin = bin_env ? bin_env : "/usr/lib/postgresql/15/bin";
    std::string restored = server;
    restored.replace(restored.find("dbname=hjt"), 10, "dbname=" + database);
    const std::string quiet = " >/dev/null 2>&1";
    bool ok = std::system((bin + "/pg_dump -Fc --schema=" + schema + " -f '" + dump_file + "' '" + server + "'" + quiet)
                              .c_str()) == 0 &&
              std::system((bin + "/psql -q -c 'CREATE DATABASE " + database + "' '" + server + "'" + quiet).c_str()) ==
                  0 &&
              std::system((bin + "/pg_restore --no-owner -d '" + restored + "' '" + dump_file + "'" + quiet).c_str()) == 0;
    std::filesystem::remove(dump_file);
    return {ok, prefix + restored + " schema=" + schema};
}

} // namespace

TEST_CASE("hjt backup, backup verify, cpr-log, retention and subject-access: who may, what they say, exit codes",
          "[backup][retention][cli]") {
    ScratchDatabase db("privacy_cli");
    const auto admin = test::admin_actor("kari");
    const auto auditor = test::auditor_actor("revisor");
    const std::string copy = db.side_file(".copy.db");
    std::filesystem::remove(copy);

    test::CliRun backup = test::run_hjt(admin, db.path(), "backup --out '" + copy + "' --json");
    if (db.db().backend() == store::Backend::postgresql) {
        CHECK(backup.exit_code == 1);
        CHECK(backup.err.find("pg_dump") != std::string::npos);
        CHECK(backup.err.find("[postgresql]") != std::string::npos);
        // The README's way instead: pg_dump, pg_restore into a new database, hjt backup verify.
        const PgRoundTrip trip = restore_with_pg_dump(db.path(), db.side_file(".dump"));
        REQUIRE(trip.restored_ok);
        test::CliRun verify = test::run_hjt(auditor, db.path(), "backup verify '" + trip.restored_connection + "'");
        INFO(verify.err);
        CHECK(verify.exit_code == 0);
        CHECK(verify.out.find("kopiens revisionsspor er i orden") != std::string::npos);
    } else {
        REQUIRE(backup.exit_code == 0);
        CHECK(backup.out.find("\"audit_entry\"") != std::string::npos);
        CHECK(test::run_hjt(admin, db.path(), "backup --out '" + copy + "'").exit_code == 1);  // never overwrites
        test::CliRun verify = test::run_hjt(auditor, db.path(), "backup verify '" + copy + "'");
        CHECK(verify.exit_code == 0);
        CHECK(verify.out.find("kopiens revisionsspor er i orden") != std::string::npos);
        CHECK(verify.out.find("poster bagud") != std::string::npos);
        CHECK(test::run_hjt(auditor, db.path(), "backup verify").exit_code == 2);
        std::filesystem::remove(copy);
    }
    CHECK(test::run_hjt(auditor, db.path(), "backup --out '" + copy + "'").exit_code == 5);
    CHECK(test::run_hjt(test::caseworker_actor("cw"), db.path(), "backup verify '" + copy + "'").exit_code == 5);

    test::CliRun log = test::run_hjt(auditor, db.path(), "cpr-log --json");
    CHECK(log.exit_code == 0);
    CHECK(log.out.find("\"items\"") != std::string::npos);
    CHECK(test::run_hjt(test::finance_actor("fin"), db.path(), "cpr-log").exit_code == 5);

    test::CliRun early = test::run_hjt(admin, db.path(), "retention --before 2099");
    CHECK(early.exit_code == 1);
    CHECK(early.err.find("[retention_year_out_of_range]") != std::string::npos);
    CHECK(test::run_hjt(admin, db.path(), "retention --before 2001").exit_code == 0);
    CHECK(test::run_hjt(auditor, db.path(), "retention --before 2001").exit_code == 5);
    CHECK(test::run_hjt(admin, db.path(), "subject-access --family 99").exit_code == 1);
    CHECK(test::run_hjt(auditor, db.path(), "subject-access --family 1").exit_code == 5);
}
