// Reconcile final appends its entries, one a family, a page of families at a
// time (app/reconciliation_service.cpp: a family's entry holds its figures as
// JSON, so all at once grew with the municipality): with more families than a
// page, every family still gets its entry, in family order, the step's seals
// go with the first, and the chain and the books verify.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/generator.h"
#include "app/importer.h"
#include "app/rate_service.h"
#include "app/reconciliation_service.h"
#include "import/scratch_folder.h"
#include "store/audit_log.h"
#include "store/family_range.h"
#include "store/scratch_database.h"
#include "test_actor.h"

using namespace hjt;

TEST_CASE("a final over more families than a page: an entry each, in order, the seals with the first; it verifies",
          "[reconcile][final][pages]") {
    constexpr int kYear = 2025;
    const long long families = static_cast<long long>(store::kFamiliesAPage) + 1;
    testing::ScratchFolder folder("final_pages");
    testing::ScratchDatabase scratch("final_pages");
    app::generate_municipality({families, kYear, folder.path(), 7, false});
    std::filesystem::remove(folder.file("users.csv"));  // hashing passwords is slow on purpose
    app::import_folder(scratch.db(), folder.path(), test::admin_actor("test"));
    scratch.db().in_transaction([](soci::session& sql) { app::seed_rates_and_policy(sql, "test", "config"); });
    const Date after_the_year{date::year{kYear + 1}, date::February, date::day{1}};
    app::ReconcileReport report;
    scratch.db().in_transaction([&](soci::session& sql) {
        report = app::reconcile_year(sql, test::finance_actor("finance1"), kYear, std::nullopt, true, after_the_year);
    });
    CHECK(report.families_closed == families);

    long long entries = 0, first = 0, sealing = 0, sealed_by = 0;
    scratch.sql() << "SELECT COUNT(*), MIN(id) FROM audit_log WHERE action = 'finalise'", soci::into(entries),
        soci::into(first);
    CHECK(entries == families);
    scratch.sql() << "SELECT COUNT(DISTINCT audit_id), MIN(audit_id) FROM audit_rows WHERE audit_id IN"
                     " (SELECT id FROM audit_log WHERE action = 'finalise')",
        soci::into(sealing), soci::into(sealed_by);
    CHECK(sealing == 1);
    CHECK(sealed_by == first);
    // The entries follow the families' ids: the page's break changes nothing.
    std::string first_family, last_family;
    scratch.sql() << "SELECT entity_id FROM audit_log WHERE id = :id", soci::use(first), soci::into(first_family);
    scratch.sql() << "SELECT entity_id FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log WHERE action = 'finalise')",
        soci::into(last_family);
    long long lowest = 0, highest = 0;
    scratch.sql() << "SELECT MIN(id), MAX(id) FROM families", soci::into(lowest), soci::into(highest);
    CHECK(first_family == "2025/family " + std::to_string(lowest));
    CHECK(last_family == "2025/family " + std::to_string(highest));

    const auto verified = store::verify_audit_chain(scratch.sql());
    for (const auto& f : verified.findings) UNSCOPED_INFO(f);
    CHECK(verified.ok);
    CHECK(verified.findings.empty());
}
