// Two municipalities in one database. On PostgreSQL (HJT_TEST_DATABASE) each is
// a schema of the same database, the session bound to it when opened; on SQLite
// each is a file of its own. Both number their rows from 1, so the same ids
// name different families: neither may see the other's rows.
#include <catch2/catch.hpp>

#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "store/sql_dialect.h"

using namespace hjt;
using namespace hjt::testing;

namespace {

std::string database_name(soci::session& sql) {
    if (store::backend_of(sql) == store::Backend::sqlite) return "sqlite";
    std::string name;
    sql << "SELECT current_database()", soci::into(name);
    return name;
}

long long users_named(soci::session& sql, const std::string& username) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM users WHERE username = :u", soci::into(n), soci::use(username);
    return n;
}

} // namespace

TEST_CASE("two municipalities in one database: the same ids, neither sees the other's families, users or policy",
          "[store][tenancy]") {
    ScratchDatabase egeskov("tenant_egeskov"), bakkely("tenant_bakkely");
    CHECK(database_name(egeskov.sql()) == database_name(bakkely.sql()));

    Family e = sample_family();
    e.name = "Familien Egeskov";
    Family b = sample_family();  // the same CVR: unique within a municipality only
    b.name = "Familien Bakkely";
    Id e_id = store::insert_family(egeskov.sql(), e);
    Id b_id = store::insert_family(bakkely.sql(), b);
    CHECK(e_id == b_id);
    CHECK(store::find_family(egeskov.sql(), e_id)->name == "Familien Egeskov");
    CHECK(store::find_family(bakkely.sql(), b_id)->name == "Familien Bakkely");
    CHECK(store::find_family_by_cvr(bakkely.sql(), "10000009")->name == "Familien Bakkely");
    store::insert_family(egeskov.sql(), sample_family("20000008"));
    CHECK(egeskov.count("families") == 2);
    CHECK(bakkely.count("families") == 1);

    egeskov.sql() << "INSERT INTO users (username, password_hash, role) VALUES ('kari', 'x', 'admin')";
    CHECK(users_named(egeskov.sql(), "kari") == 1);
    CHECK(users_named(bakkely.sql(), "kari") == 0);

    Policy early, late;
    early.window_end_minute = 15 * 60;
    late.window_end_minute = 17 * 60;
    early.employer_oncost_per_hour = late.employer_oncost_per_hour = {{2026, Money::ore(600)}};
    store::save_policy(egeskov.sql(), early);
    CHECK_FALSE(store::has_policy(bakkely.sql()));
    store::save_policy(bakkely.sql(), late);
    CHECK(store::load_policy(egeskov.sql(), Date{date::year{2026} / 1 / 1}).window_end_minute == 15 * 60);
    CHECK(store::load_policy(bakkely.sql(), Date{date::year{2026} / 1 / 1}).window_end_minute == 17 * 60);
}
