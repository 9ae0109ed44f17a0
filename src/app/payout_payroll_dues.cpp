#include "app/payout_payroll_dues.h"

#include <set>

#include "app/payslip_service.h"
#include "domain/errors.h"
#include "domain/payout_payroll_service.h"
#include "store/rates_store.h"
#include "store/shift_store.h"

namespace hjt::app {

void add_payroll_dues(soci::session& sql, PayoutBasis& basis, const std::optional<PayrollServicePayees>& payees) {
    if (!store::has_policy(sql)) return;  // a store without a policy (tests): the service is off by default
    const Policy policy = store::load_policy(sql, first_day(basis.month));
    if (!policy.payroll_service) return;
    if (!payees)
        throw ValidationError("payment.properties:payment.payroll.tax_authority.name",
                              Message{MessageCode::payroll_payees_missing, {}});
    basis.payroll_service = payees;
    const Month payroll = basis.month - date::months{1};
    const RateBook rates = store::load_rates(sql);
    // One family's payslips at a time (three queries each): only with the
    // service on, and each family's dues need its own helpers' slips.
    for (FamilyPayoutBasis& family : basis.families)
        family.payroll_dues = dues_of(family_payslips(sql, family.family.id, payroll, rates, policy).totals, payroll);
}

std::vector<RunSheetDues> run_sheet_dues(soci::session& sql, const PayoutRun& run) {
    const Month payroll = run.header.month - date::months{1};
    const auto paid = dues_paid_by_run(run.lines, run.header.month);
    // Payslips only for the families with shifts in the payroll month: the rest owe nothing.
    const std::set<Id> worked = store::has_policy(sql) ? store::families_with_shifts(sql, payroll) : std::set<Id>{};
    std::optional<RateBook> rates;
    std::optional<Policy> policy;
    std::vector<RunSheetDues> out;
    std::set<Id> seen;
    for (const auto& payee : run.payees) {
        if (payee.payee != Payee::family || !seen.insert(payee.family_id).second) continue;
        if (auto found = paid.find(payee.family_id); found != paid.end()) {
            out.push_back({payee.family_id, true, payroll_dues(found->second)});
            continue;
        }
        if (!worked.contains(payee.family_id)) continue;
        if (!rates) {  // loaded once, and only when a family has worked
            rates = store::load_rates(sql);
            policy = store::load_policy(sql, first_day(payroll));
        }
        const FamilyPayrollDues owed =
            dues_of(family_payslips(sql, payee.family_id, payroll, *rates, *policy).totals, payroll);
        if (owed.total() != Money{}) out.push_back({payee.family_id, false, payroll_dues(owed)});
    }
    return out;
}

} // namespace hjt::app
