#include "app/payroll_year_service.h"

#include <algorithm>
#include <map>

#include "app/payslip_service.h"
#include "domain/errors.h"
#include "domain/validation.h"
#include "store/eindkomst_store.h"
#include "store/rates_store.h"
#include "store/register_repository.h"

namespace hjt::app {

namespace {

constexpr unsigned kMonthsInAYear = 12;
const std::string kHelperPerson = "helper";  // store::PersonKey's kind for a helper (app/eindkomst_service.cpp)

// Per helper, the months with hours or a report: each month's payslips come
// from one family_payslips (four queries: the family, its helpers, their tax
// cards and the month's shifts) and the month's reports from one query: 60
// queries a year for the family, not a query a helper (but a frikort's
// earlier months, read for a helper on one: app/payslip_service.cpp).
std::map<Id, std::vector<PayrollMonth>> months_by_helper(soci::session& sql, const Family& family, int year) {
    const RateBook rates = store::load_rates(sql);
    const Policy policy = store::load_policy(sql, first_day_of_year(year));
    std::map<Id, std::vector<PayrollMonth>> out;
    for (unsigned m = 1; m <= kMonthsInAYear; ++m) {
        const Month month{date::year{year}, date::month{m}};
        std::map<Id, PayrollMonth> of_month;
        for (const auto& slip : family_payslips(sql, family.id, month, rates, policy).helpers)
            of_month[slip.helper.id] = {month, slip.payslip, {}};
        for (const auto& [person, reported] : store::reported_persons(sql, family.cvr, month)) {
            if (person.first != kHelperPerson) continue;
            auto& entry = of_month[person.second];
            entry.month = month;
            entry.reported = reported.figures;
        }
        for (auto& [helper, entry] : of_month) out[helper].push_back(std::move(entry));
    }
    return out;
}

} // namespace

bool FamilyPayrollYear::ties() const {
    return std::all_of(helpers.begin(), helpers.end(), [](const auto& h) { return h.payroll.ties(); });
}

FamilyPayrollYear family_payroll_year(soci::session& sql, const User& actor, Id family_id, int year) {
    require_permission(actor, Operation::read_own_family, family_id);
    auto family = store::find_family(sql, family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});
    FamilyPayrollYear out{*family, year, {}};
    auto months = months_by_helper(sql, *family, year);
    for (const auto& helper : store::list_helpers(sql, family_id)) {
        auto found = months.find(helper.id);
        if (found == months.end()) continue;
        out.helpers.push_back({helper, payroll_year(std::move(found->second))});
    }
    return out;
}

reports::FamilyYearDocument payroll_year_document(const FamilyPayrollYear& year) {
    reports::FamilyYearDocument doc{year.family.name, year.family.cvr, year.year, {}};
    for (const auto& h : year.helpers) doc.helpers.push_back({h.helper.name, mask_cpr(h.helper.cpr), h.payroll});
    return doc;
}

} // namespace hjt::app
