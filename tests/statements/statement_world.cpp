#include "statement_world.h"

#include "app/reconciliation_service.h"
#include "app/shift_service.h"
#include "payout/payout_domain_fixtures.h"
#include "store/ledger_store.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "test_actor.h"

namespace hjt::test {

StatementWorld::StatementWorld(const std::string& name) : ReconcileWorld(name) {
    work_every_month(6000);
    Helper h = *store::find_helper(sql(), helper);
    h.name = "Mads Holm";
    h.cpr = "030391-2345";
    mads = store::insert_helper(sql(), h);
    const Policy policy = store::load_policy(sql(), Date{date::year{2026} / 1 / 1});
    db().in_transaction([&](soci::session& s) {
        app::add_shift(s, test::caseworker_actor("familie"), helper, parse_shift_times("12-03-2024", "14:00", "18:00"), policy);
        app::add_shift(s, test::caseworker_actor("familie"), helper, parse_shift_times("16-03-2024", "09:00", "12:00"), policy);
        app::add_shift(s, test::caseworker_actor("familie"), mads, parse_shift_times("01-06-2024", "10:00", "12:00"), policy);
    });
    expense(2024, "træningsredskaber", ExpenseStatus::approved);
    Expense rejected = *store::find_expense(sql(), expense(2024, "Behandling", ExpenseStatus::rejected));
    rejected.document_ref = "BILAG-2";
    rejected.reject_reason = "Behandlinger dækkes ikke";
    store::update_expense(sql(), rejected);
}

Id StatementWorld::second_child() { return add_child("Bo", "200518-4321", day(2018, 5, 20), "BEV-2", 1000); }

void StatementWorld::make_final() {
    db().in_transaction(
        [&](soci::session& s) { app::reconcile_year(s, test::finance_actor(kFinance), 2024, family, true, day(2025, 2, 1)); });
}

long long StatementWorld::ledger_sum(const std::set<std::string>& kinds) {
    long long sum = 0;
    for (const auto& p : store::list_postings(sql(), family))
        if (p.month_concerned.year() == date::year{2024} && kinds.count(p.kind)) sum += p.amount.ore();
    return sum;
}

} // namespace hjt::test
