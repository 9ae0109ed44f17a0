#include "reconcile_world.h"

#include "app/config_loader.h"
#include "app/payout_service.h"
#include "domain/copenhagen_clock.h"
#include "payout/payout_domain_fixtures.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/shift_store.h"
#include "test_actor.h"

namespace hjt::test {

ReconcileWorld::ReconcileWorld(const std::string& name) : scratch_(name) {
    store::save_rates(sql(), app::load_rate_book("config"));
    store::save_policy(sql(), app::load_policy("config"));
    for (const std::string user : {kFinance, kFinance2})  // named: SOCI runs the statement after temporaries die
        sql() << "INSERT INTO users (username, password_hash, role) VALUES (:u, 'x', 'finance')", soci::use(user);
    sql() << "INSERT INTO users (username, password_hash, role) VALUES ('sagsbehandler', 'x', 'caseworker')";

    Family f;
    f.name = "Familien Holm";
    f.cvr = "12345674";
    f.bank = BankAccount{"1234", "0012345678"};
    family = store::insert_family(sql(), f);
    child = add_child("Ida", "010315-1234", day(2015, 3, 1), "BEV-1", 1500);
    Helper h;
    h.family_id = family;
    h.name = "Hjælper";
    h.cpr = "020290-1234";
    h.employment = Period{day(2023, 1, 1), std::nullopt};
    h.hourly_wage = Money::ore(12800);
    h.tax_card = {Rate::basis_points(3800), Money()};
    helper = store::insert_helper(sql(), h);
}

Id ReconcileWorld::add_child(const std::string& name, const std::string& cpr, Date birth,
                             const std::string& decision_ref, long long weekly_hours_h100) {
    Child c;
    c.family_id = family;
    c.name = name;
    c.cpr = cpr;
    c.birth_date = birth;
    const Id id = store::insert_child(sql(), c);
    Grant g;
    g.child_id = id;
    g.decision_ref = decision_ref;
    g.decision_date = day(2023, 12, 1);
    g.valid = Period{day(2024, 1, 1), std::nullopt};
    g.versions = {version(day(2024, 1, 1), weekly_hours_h100, 12800)};
    store::insert_grant(sql(), g, "sagsbehandler");
    return id;
}

long long ReconcileWorld::number(const std::string& query) {
    long long n = 0;
    sql() << query, soci::into(n);
    return n;
}

void ReconcileWorld::work_every_month(long long h100) {
    const CopenhagenClock clock;  // the instants as the classifier would give them
    std::vector<ShiftRecord> shifts;
    for (unsigned m = 1; m <= 12; ++m) {
        long long minutes_left = h100 * 60 / 100;
        for (unsigned d = 1; minutes_left > 0; ++d) {
            int minutes = static_cast<int>(std::min(480LL, minutes_left));
            minutes_left -= minutes;
            ShiftRecord r;
            r.helper_id = helper;
            r.family_id = family;
            r.times = ShiftTimes{day(2024, m, d), 8 * 60, 8 * 60 + minutes};
            r.classification.start_utc = *clock.to_utc(date::sys_days{r.times.date}, r.times.start_minute);
            r.classification.end_utc = r.classification.start_utc + std::chrono::minutes{minutes};
            r.classification.minutes = minutes;
            r.classification.subsidisable_minutes = minutes;
            shifts.push_back(r);
        }
    }
    db().in_transaction([&](soci::session& s) { store::insert_shifts(s, shifts); });
}

void ReconcileWorld::pay_months(unsigned last) {
    for (unsigned m = 1; m <= last; ++m) {
        db().in_transaction([&](soci::session& s) { app::prepare_payout(s, test::finance_actor(kFinance), month(2024, m), example_rates()); });
        db().in_transaction([&](soci::session& s) { app::approve_payout(s, test::finance_actor(kFinance2), month(2024, m)); });
    }
}

Id ReconcileWorld::expense(int year, const std::string& category, ExpenseStatus status) {
    Expense e;
    e.family_id = family;
    e.child_id = child;
    e.date = day(year, 3, 10);
    e.category = category;
    e.amount = Money::kroner(1000);
    e.document_ref = "BILAG-1";
    e.status = status;
    return store::insert_expense(sql(), e);
}

} // namespace hjt::test
