#include "app/payout_payroll_dues.h"

#include "app/payslip_service.h"
#include "domain/errors.h"
#include "store/rates_store.h"

namespace hjt::app {

void add_payroll_dues(soci::session& sql, PayoutBasis& basis, const std::optional<PayrollServicePayees>& payees) {
    if (!store::has_policy(sql)) return;  // a store without a policy (tests): the service is off by default
    const Policy policy = store::load_policy(sql, first_day(basis.month));
    if (!policy.payroll_service) return;
    if (!payees)
        throw ValidationError("payment.properties:payment.payroll.tax_authority.name",
                              "lønservice er slået til (policy payroll.service), men modtagerne "
                              "(payment.payroll.tax_authority, .atp, .holiday_fund) står ikke i payment.properties");
    basis.payroll_service = payees;
    const Month payroll = basis.month - date::months{1};
    const RateBook rates = store::load_rates(sql);
    // One family's payslips at a time (three queries each): only with the
    // service on, and each family's dues need its own helpers' slips.
    for (FamilyPayoutBasis& family : basis.families)
        family.payroll_dues = dues_of(family_payslips(sql, family.family.id, payroll, rates, policy).totals, payroll);
}

} // namespace hjt::app
