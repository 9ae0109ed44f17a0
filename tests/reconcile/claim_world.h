// The claim the claims tests start from: a year with 10 % of its hours unused,
// paid in full and made final on `final_day`: a claim of 11.700,00 kr.
#pragma once

#include "app/reconciliation_service.h"
#include "reconcile_world.h"
#include "test_actor.h"

namespace hjt::test {

inline Id make_claim(ReconcileWorld& w, Date final_day) {
    w.work_every_month(5850);
    w.pay_months(12);
    w.db().in_transaction([&](soci::session& sql) {
        app::reconcile_year(sql, finance_actor(kFinance), 2024, w.family, true, final_day);
    });
    return w.number("SELECT MAX(id) FROM claims");
}

} // namespace hjt::test
