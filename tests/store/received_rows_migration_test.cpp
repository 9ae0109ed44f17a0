// Schema 9 (issue 20): a reconciliation's received amounts move from four
// columns named after the kinds of the day into rows per line kind. A database
// as an older release left it (migrated through schema 7, a reconciliation
// written and sealed with the four columns) reads the same amounts afterwards,
// and its seals still verify: the rows are sealed as columns of their
// reconciliation's row, under the old names. Changed, removed or added rows
// are named.
#include <catch2/catch.hpp>

#include <soci/soci.h>

#include "domain/line_kinds.h"
#include "store/books_check.h"
#include "store/migrations.h"
#include "store/reconciliation_store.h"
#include "store/row_seals.h"
#include "store/scratch_database.h"
#include "store/sql_dialect.h"

using namespace hjt;

namespace {

// The reconciliations row's seal as releases before schema 9 computed it.
const store::SealedTable kSchema1Reconciliations{
    "reconciliations", "CAST(id AS TEXT)",
    {"family_id", "child_id", "year", "status", "pooling", "eligible_helper_ore", "eligible_expenses_ore",
     "eligible_fixed_ore", "eligible_before_cap_ore", "year_cap_ore", "year_cap_estimated", "capped", "eligible_ore",
     "received_helper_ore", "received_fixed_ore", "received_expense_ore", "received_adjustment_ore", "balance_ore",
     "outcome", "settlement_ore", "uses_estimates", "forecast_through", "forecast_pace_bp", "forecast_used_h100",
     "forecast_eligible_ore", "forecast_received_ore", "forecast_balance_ore", "computed_at", "computed_by",
     "finalised_at", "finalised_by", "ledger_posting_id"}};

// A database at schema 7 with one sealed draft reconciliation for 2024:
// received 900,00 kr helper lines, 200,00 fixed, 30,00 expenses, −4,00 adjustments.
void old_release_books(soci::session& sql) {
    store::migrate(sql, 7);
    sql << "INSERT INTO families (id, name, cvr) VALUES (1, 'Familien Jensen', '12345674')";
    sql << "INSERT INTO children (id, family_id, name, cpr, birth_date) VALUES (1, 1, 'Anna', '010115-0000',"
           " '2015-01-01')";
    sql << "INSERT INTO reconciliations (id, family_id, child_id, year, status, pooling, eligible_helper_ore,"
           " eligible_expenses_ore, eligible_fixed_ore, eligible_before_cap_ore, year_cap_ore, year_cap_estimated,"
           " capped, eligible_ore, received_helper_ore, received_fixed_ore, received_expense_ore,"
           " received_adjustment_ore, balance_ore, outcome, settlement_ore, uses_estimates, computed_at, computed_by)"
           " VALUES (1, 1, 1, 2024, 'draft', 'over_year', 80000, 3000, 20000, 103000, 70660000, 0, 0, 103000, 90000,"
           " 20000, 3000, -400, 9600, 'repayment_claim', -9600, 0, '2025-01-05T10:00:00Z', 'finance1')";
    store::RowSeals seals;
    seals.seal(sql, kSchema1Reconciliations, "id = 1");
    store::write_seals(sql, 1, seals.rows());
}

std::vector<std::string> findings(soci::session& sql) {
    std::vector<std::string> out;
    store::check_books(
        sql, [](Id id) { return "post " + std::to_string(id); }, [&](std::string f) { out.push_back(f); });
    return out;
}

const std::string kChanged = "reconciliations række 1 er ændret uden om programmet (skrevet af post 1)";

} // namespace

TEST_CASE("schema 9 copies the received columns into rows per kind, the amounts read the same and the seals hold",
          "[store][migrations][line-kinds]") {
    testing::ScratchConnection scratch("received_rows_migration");
    soci::session sql;
    store::open_session(sql, store::parse_connection(scratch.connection()));
    old_release_books(sql);

    store::migrate(sql);
    CHECK(findings(sql).empty());
    auto stored = store::list_reconciliations(sql, 2024, std::nullopt);
    REQUIRE(stored.size() == 1);
    const ReceivedByKind& r = stored[0].figures.received;
    CHECK(r[LineKind::helper] == Money::ore(90000));
    CHECK(r[LineKind::fixed] == Money::ore(20000));
    CHECK(r[LineKind::expense] == Money::ore(3000));
    CHECK(r[LineKind::adjustment] == Money::ore(-400));
    CHECK(r.total() == Money::ore(112600));
    CHECK(stored[0].figures.balance == Money::ore(9600));

    SECTION("a received amount changed with SQL is named as a change of its reconciliation") {
        sql << "UPDATE reconciliation_received SET amount_ore = 0 WHERE reconciliation_id = 1 AND kind = 'fixed'";
        CHECK(findings(sql) == std::vector<std::string>{kChanged});
    }
    SECTION("so is one deleted") {
        sql << "DELETE FROM reconciliation_received WHERE reconciliation_id = 1 AND kind = 'adjustment'";
        CHECK(findings(sql) == std::vector<std::string>{kChanged});
    }
    SECTION("and one added, of a kind that counts or one that does not") {
        const std::string kind = GENERATE(std::string("lost_earnings"), std::string("bonus"));
        sql << "INSERT INTO reconciliation_received (reconciliation_id, kind, amount_ore) VALUES (1, :k, 100)",
            soci::use(kind);
        CHECK(findings(sql) == std::vector<std::string>{kChanged});
    }
}
