// A scratch database for reconciliation tests: the project's config rates and
// policy for 2024 (holiday pay 12,5 %, on-cost 6,00 kr/h, cap 706.600 kr), a
// finance user, one family with one child whose grant gives 65 h a month at
// 150,00 kr/h (15 h/week, wage 128,00 kr), a helper, shifts, and the year's
// payout runs prepared and approved by two finance users.
#pragma once

#include <string>

#include "domain/entities.h"
#include "store/scratch_database.h"

namespace hjt::test {

inline constexpr const char* kFinance = "okonomi";
inline constexpr const char* kFinance2 = "okonomi2";

class ReconcileWorld {
public:
    explicit ReconcileWorld(const std::string& name);

    store::Database& db() { return scratch_.db(); }
    soci::session& sql() { return scratch_.sql(); }
    std::string path() const { return scratch_.path(); }
    long long count(const std::string& table) { return scratch_.count(table); }
    long long number(const std::string& query);

    Id family = 0, child = 0, helper = 0;

    // Shifts of `h100` subsidisable hundredths of an hour in every month of
    // 2024, as stored shifts of 8 h (and one shorter) from the month's first day.
    void work_every_month(long long h100);
    // Approved runs for the months of 2024 from January through `last`.
    void pay_months(unsigned last);
    // A child of the family with a grant from 1 January 2024 at wage 128,00 kr.
    Id add_child(const std::string& name, const std::string& cpr, Date birth, const std::string& decision_ref,
                 long long weekly_hours_h100);
    Id expense(int year, const std::string& category, ExpenseStatus status);

private:
    testing::ScratchDatabase scratch_;
};

} // namespace hjt::test
