#include "app/payout_payroll_dues.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/payslip_service.h"
#include "domain/errors.h"
#include "domain/invariant.h"
#include "domain/payout_payroll_service.h"
#include "store/family_range.h"
#include "store/rates_store.h"
#include "store/shift_store.h"

namespace hjt::app {

namespace {

// The payroll dues of `families` (ascending ids) for the payroll month, from
// their payslips a page of families at a time: four queries a page
// (families_payslips), not four a family. A page's range may hold families
// not asked for; they are computed and left in too.
std::map<Id, FamilyPayrollDues> dues_of_families(soci::session& sql, const std::vector<Id>& families, Month payroll,
                                                 const RateBook& rates, const Policy& policy) {
    std::map<Id, FamilyPayrollDues> out;
    auto id_at = [&](std::size_t i) { return families[i]; };
    store::each_family_page(families.size(), store::kFamiliesAPage, id_at, [&](const store::FamilyScope& page, auto, auto) {
        for (const auto& month : families_payslips(sql, *page.first, *page.last, payroll, rates, policy))
            out.emplace(month.family.id, dues_of(month.totals, payroll));
    });
    return out;
}

} // namespace

void add_payroll_dues(soci::session& sql, PayoutBasis& basis, const std::optional<PayrollServicePayees>& payees) {
    if (!store::has_policy(sql)) return;  // a store without a policy (tests): the service is off by default
    const Policy policy = store::load_policy(sql, first_day(basis.month));
    if (!policy.payroll_service) return;
    if (!payees)
        throw ValidationError("payment.properties:payment.payroll.tax_authority.name",
                              Message{MessageCode::payroll_payees_missing, {}});
    basis.payroll_service = payees;
    const Month payroll = basis.month - date::months{1};
    std::vector<Id> ids;
    for (const FamilyPayoutBasis& family : basis.families) ids.push_back(family.family.id);
    std::sort(ids.begin(), ids.end());
    const auto dues = dues_of_families(sql, ids, payroll, store::load_rates(sql), policy);
    for (FamilyPayoutBasis& family : basis.families) {
        const auto found = dues.find(family.family.id);
        check_invariant(found != dues.end(), "a run's family is among the families read in the same transaction");
        family.payroll_dues = found->second;
    }
}

std::vector<RunSheetDues> run_sheet_dues(soci::session& sql, const PayoutRun& run) {
    const Month payroll = run.header.month - date::months{1};
    const auto paid = dues_paid_by_run(run.lines, run.header.month);
    std::vector<Id> families;  // the run's, in the order of its payees
    std::set<Id> seen;
    for (const auto& payee : run.payees)
        if (payee.payee == Payee::family && seen.insert(payee.family_id).second) families.push_back(payee.family_id);
    // Payslips for the families whose dues no line of the run pays; one
    // without shifts in the payroll month owes nothing and is left out below.
    // (A store without a policy, in tests, has no payroll.)
    std::vector<Id> owing;
    for (Id family : families)
        if (!paid.contains(family)) owing.push_back(family);
    std::sort(owing.begin(), owing.end());
    std::map<Id, FamilyPayrollDues> owed;
    if (!owing.empty() && store::has_policy(sql))
        owed = dues_of_families(sql, owing, payroll, store::load_rates(sql), store::load_policy(sql, first_day(payroll)));
    std::vector<RunSheetDues> out;
    for (Id family : families) {
        if (auto found = paid.find(family); found != paid.end()) {
            out.push_back({family, true, payroll_dues(found->second)});
        } else if (auto due = owed.find(family); due != owed.end() && due->second.total() != Money{}) {
            out.push_back({family, false, payroll_dues(due->second)});
        }
    }
    return out;
}

} // namespace hjt::app
