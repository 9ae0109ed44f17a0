// The reconciliation tests' world (tests/reconcile/reconcile_world.h: config
// rates and policy, the Holm family, child Ida with 65 approved hours a month
// at an hourly cost of 150,00 kr, helper "Hjælper") with what a statement
// shows besides the figures, for 2024:
//   60 plain subsidisable hours every month, and in March also Tue 12 March
//   14:00–18:00 (2 h subsidised, 2 h after 16:00) and Sat 16 March
//   09:00–12:00 (weekend); a second helper, Mads Holm, on Sat 1 June
//   10:00–12:00; an approved expense of 1.000,00 kr (BILAG-1) and a rejected
//   one (BILAG-2, "Behandling").
// So 722 subsidisable hours: 108.300,00 kr of helper cost, 1.000,00 of expenses.
#pragma once

#include <set>
#include <string>

#include "reconcile/reconcile_world.h"

namespace hjt::test {

class StatementWorld : public ReconcileWorld {
public:
    explicit StatementWorld(const std::string& name);

    // The twelve runs of 2024, each prepared and approved by two finance users.
    void pay_year() { pay_months(12); }
    // A second child (CPR 200518-4321) with a grant from 1 January 2024: 10 h/week at 128,00 kr.
    Id second_child();
    // Makes 2024 final (as of 1 February 2025).
    void make_final();
    // Σ the family's ledger postings of `kinds` whose month concerned lies in 2024.
    long long ledger_sum(const std::set<std::string>& kinds);

    Id mads = 0;
};

} // namespace hjt::test
