// The hand-made statement of domain.md's worked example (§4, §7) that the
// statement workbook and letter tests read back: one child, Asta, a draft.
#pragma once

#include "reports/annual_statement_sheet.h"

namespace hjt::test {

using namespace hjt::reports;

// 20 h/week at 157,875 kr/h (135,00 + 12,5 % + 6,00): 86,67 approved hours and
// 13.682,50 kr a month; 80 hours used a month = 12.630,00 kr. Pooled over the
// year: eligible helper cost 12 × 12.630,00 = 151.560,00. Received 12 ×
// 13.682,50 = 164.190,00 for the helpers and 1.500,00 for two expenses, of
// which 1.000,00 (a course in Denmark) is eligible and 500,00 (treatment) not.
inline ChildReconciliation asta() {
    ChildReconciliation r;
    r.family_id = 7;
    r.child_id = 11;
    r.child_name = "Asta";
    r.year = 2026;
    for (unsigned m = 1; m <= 12; ++m) {
        ReconciliationMonthResult month;
        month.month = date::year{2026} / date::month{m};
        month.approved_hours = Hours::hundredths(8667);
        month.used_hours = Hours::whole(80);
        month.hourly_cost = Money::ore(15788);
        month.hourly_cost_ore100 = 1578750;
        month.approved_cost = Money::ore(1368250);
        month.used_cost = Money::ore(1263000);
        month.eligible_cost = Money::ore(1263000);
        r.months.push_back(month);
    }
    r.approved_hours = Hours::whole(1040);  // 20 × 52, rounded once (the months add up to 1.040,04)
    r.used_hours = Hours::whole(960);
    r.approved_cost = Money::ore(16419000);
    r.used_cost = Money::ore(15156000);
    r.eligible_helper = Money::ore(15156000);
    r.eligible_expenses = Money::kroner(1000);
    r.eligible_before_cap = Money::ore(15256000);
    r.year_cap = Money::kroner(706600);
    r.eligible = Money::ore(15256000);
    r.received[LineKind::helper] = Money::ore(16419000);
    r.received[LineKind::expense] = Money::kroner(1500);
    r.balance = Money::ore(1313000);
    r.outcome = ReconciliationOutcome::repayment_claim;
    r.settlement = -Money::ore(1313000);
    return r;
}

inline AnnualStatement statement() {
    AnnualStatement s;
    s.family_id = 7;
    s.family_name = "Familien Holm";
    s.family_cvr = "12345674";
    s.year = 2026;
    s.children.push_back({"120318-XXXX", StatementStatus::draft, asta(), "2025-01-05T10:00:00Z", ""});
    s.helpers = {{"Mette Hansen", "030392-XXXX", Hours::whole(500), Hours::whole(480)},
                 {"Ole Berg", "040485-XXXX", Hours::hundredths(50050), Hours::whole(480)}};
    s.exclusions = {{Date{date::year{2026} / 3 / 10}, "Mette Hansen", "14:00–18:00", "efter 16:00 (tidsrum 07:00–16:00)",
                     Hours::whole(2)},
                    {Date{date::year{2026} / 3 / 14}, "Ole Berg", "09:00–12:30", "weekend", Hours::hundredths(350)}};
    s.expenses = {{Date{date::year{2026} / 2 / 2}, "Asta", "kursus", "BILAG-17", Money::kroner(1000), "Godkendt", "",
                   Money::kroner(1000)},
                  {Date{date::year{2026} / 4 / 9}, "Asta", "behandling", "BILAG-18", Money::kroner(500), "Godkendt",
                   "behandling dækkes ikke (sundhedsbehandling)", Money{}}};
    return s;
}

} // namespace hjt::test
