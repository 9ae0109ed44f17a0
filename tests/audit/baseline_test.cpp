// The audit baseline (issue 16): rows of the books written before schema 4
// carry no seals, so on an upgraded database `audit verify` reported each as
// "indsat uden om programmet". `hjt audit baseline` (admin, once) seals
// them under one entry; verify is then clean and names later tampering.
#include <catch2/catch.hpp>

#include "app/audit_baseline.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

// The books as a database from before schema 4 holds them: a run and its
// postings written without any audit entry sealing them.
void old_books(ScratchDatabase& db) {
    Id family = store::insert_family(db.sql(), testing::sample_family());
    db.sql() << "INSERT INTO payout_runs (id, month, status, prepared_by, prepared_at, approved_by, approved_at,"
                " total_ore, line_count) VALUES (1, '2024-01', 'approved', 'anna', '2024-01-02T08:00:00Z', 'bent',"
                " '2024-01-03T08:00:00Z', 2736500, 2)";
    for (int id : {1, 2})
        db.sql() << "INSERT INTO ledger_postings (id, family_id, run_id, kind, month_concerned, amount_ore,"
                    " description, posted_at, posted_by) VALUES (:id, :f, 1, 'helper', '2024-01', 1368250,"
                    " 'Hjælpertimer', '2024-01-03T08:00:00Z', 'bent')",
            soci::use(id), soci::use(family);
}

bool names(const store::AuditVerification& v, const std::string& text) {
    for (const auto& f : v.findings)
        if (f == text) return true;
    for (const auto& f : v.findings) UNSCOPED_INFO("finding: " << f);
    return false;
}

} // namespace

TEST_CASE("an upgraded database's old rows are sealed once by the baseline, verify is then clean and names later "
          "tampering",
          "[audit][baseline]") {
    ScratchDatabase db("audit_baseline");
    old_books(db);
    auto before = store::verify_audit_chain(db.sql());
    CHECK_FALSE(before.ok);
    CHECK(names(before, "ledger_postings række 2 er indsat uden om programmet (ingen post i revisionssporet skrev den)"));
    CHECK(before.findings.size() == 3);

    CHECK_THROWS_AS(app::seal_baseline(db.sql(), test::finance_actor("finance1")), Forbidden);
    app::BaselineReport report;
    db.db().in_transaction([&](soci::session& sql) { report = app::seal_baseline(sql, test::admin_actor("admin1")); });
    CHECK(report.rows == 3);
    CHECK(report.tables == std::map<std::string, long long>{{"ledger_postings", 2}, {"payout_runs", 1}});
    std::string after;
    db.sql() << "SELECT after_json FROM audit_log WHERE id = :id", soci::into(after), soci::use(report.entry);
    CHECK(after == R"({"ledger_postings":2,"payout_runs":1})");

    auto clean = store::verify_audit_chain(db.sql());
    CHECK(clean.ok);
    CHECK(clean.findings.empty());
    CHECK(clean.rows_checked == 3);

    // Once only: a second baseline would bless rows inserted since.
    try {
        app::seal_baseline(db.sql(), test::admin_actor("admin1"));
        FAIL("a second baseline was sealed");
    } catch (const Conflict& e) {
        CHECK(std::string(e.what()).find("allerede en baseline (revisionsspor post " + std::to_string(report.entry)) !=
              std::string::npos);
    }

    db.sql() << "UPDATE ledger_postings SET amount_ore = 1468250 WHERE id = 2";
    db.sql() << "DELETE FROM ledger_postings WHERE id = 1";
    auto tampered = store::verify_audit_chain(db.sql());
    CHECK_FALSE(tampered.ok);
    const std::string entry = "post " + std::to_string(report.entry) + " (baseline books rows without seals)";
    CHECK(names(tampered, "ledger_postings række 2 er ændret uden om programmet (skrevet af " + entry + ")"));
    CHECK(names(tampered, "ledger_postings række 1 er slettet uden om programmet (skrevet af " + entry + ")"));
}

TEST_CASE("a database whose books are all sealed has nothing to baseline", "[audit][baseline]") {
    ScratchDatabase db("audit_baseline_nothing");
    CHECK_THROWS_AS(app::seal_baseline(db.sql(), test::admin_actor("admin1")), Conflict);
    CHECK(db.count("audit_log") == 0);
}
