// Valid register entities for tests (fictional: no real CVR or CPR numbers).
// Each test changes the one field it is about.
#pragma once

#include "domain/entities.h"
#include "test_dates.h"

namespace hjt::testing {

inline Family sample_family(const std::string& cvr = "10000009") {
    Family f;
    f.name = "Familien Jensen";
    f.cvr = cvr;
    f.bank = BankAccount{"1234", "0012345678"};
    f.contact_email = "jensen@example.dk";
    f.contact_phone = "12345678";
    return f;
}

inline Child sample_child(Id family_id) {
    // Born 14 March 2015: seventh digit 4 and year 15 give the 2000s.
    return Child{0, family_id, "Emma Jensen", "140315-4002", ymd(2015, 3, 14)};
}

inline Helper sample_helper(Id family_id) {
    Helper h;
    h.family_id = family_id;
    h.name = "Sofie Hansen";
    h.cpr = "020399-1234";
    h.employment = Period{ymd(2026, 1, 1), ymd(2026, 12, 31)};
    h.hourly_wage = Money::ore(14250);
    h.tax_card = TaxCard{Rate::basis_points(3700), Money::kroner(4500)};
    return h;
}

inline GrantVersion sample_version(Date from, std::int64_t weekly_hours_h100 = 2000) {
    GrantVersion v;
    v.effective_from = from;
    v.weekly_hours = Hours::hundredths(weekly_hours_h100);
    v.hourly_wage = Money::ore(13900);
    v.fixed_lines = {FixedLine{"supervision", Money::kroner(2500)}};
    v.expense_budgets = {ExpenseBudget{"training tools", Money::kroner(20000)},
                         ExpenseBudget{"courses", Money::ore(1500050)}};
    v.note = "first decision";
    return v;
}

inline Grant sample_grant(Id child_id) {
    Grant g;
    g.child_id = child_id;
    g.decision_ref = "SAG-2026-0042";
    g.decision_date = ymd(2025, 12, 10);
    g.valid = Period{ymd(2026, 1, 1), ymd(2026, 12, 31)};
    g.versions = {sample_version(ymd(2026, 1, 1))};
    return g;
}

inline Expense sample_expense(Id family_id, Id child_id) {
    Expense e;
    e.family_id = family_id;
    e.child_id = child_id;
    e.date = ymd(2026, 2, 3);
    e.category = "training tools";
    e.amount = Money::ore(89950);
    e.document_ref = "bilag-17";
    return e;
}

inline LostEarningsAward sample_award(Id child_id) {
    LostEarningsAward a;
    a.child_id = child_id;
    a.parent_name = "Anne Jensen";
    a.parent_cpr = "050585-2008";
    a.period = Period{ymd(2026, 1, 1), ymd(2026, 6, 30)};
    a.monthly_income_before = Money::kroner(38000);
    a.hours_off_per_week = Hours::hundredths(1850);
    a.normal_weekly_hours = Hours::whole(37);
    a.former_employer_pension = Rate::basis_points(1200);
    a.monthly_saved_costs = Money::kroner(400);
    a.purpose = AwardPurpose::care_at_home;
    a.tax_card = TaxCard{Rate::basis_points(3800), Money::kroner(4000)};
    return a;
}

} // namespace hjt::testing
